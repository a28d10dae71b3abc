using Ssot.TestFramework.Users;

namespace Ssot.TestFramework.Fixtures.WebSockets;

/// <summary>
/// Who a WebSocket test client connects as. String-based on purpose, so any user-context type can be adapted to it.
/// Immutable, so thread-safe.
/// </summary>
/// <param name="UserId">The user id, e.g. <c>usr_alice</c>.</param>
/// <param name="ConnectionId">The connection id, e.g. <c>conn_1</c>, or <see langword="null"/>.</param>
/// <param name="Extra">More name/value pairs to pass (e.g. thread id); default empty.</param>
public sealed record ClientIdentity(string UserId, string? ConnectionId = null, IReadOnlyDictionary<string, string>? Extra = null)
{
    private static readonly IReadOnlyDictionary<string, string> s_noExtra = new Dictionary<string, string>();

    /// <summary>Gets the user id.</summary>
    public string UserId { get; init; } = UserId ?? throw new ArgumentNullException(nameof(UserId));

    /// <summary>Gets more name/value pairs to pass; never <see langword="null"/>.</summary>
    public IReadOnlyDictionary<string, string> Extra { get; init; } = Extra ?? s_noExtra;

    /// <summary>The <see cref="Extra"/> key that <see cref="From"/> uses for the thread id: <c>thread_id</c>.</summary>
    public const string ThreadIdKey = "thread_id";

    /// <summary>
    /// Adapts a simulated user to the identity a WebSocket client connects as: its user id, its connection id, and its
    /// thread id as the extra <c>thread_id</c>. Run and request ids are not part of a connection's identity.
    /// </summary>
    /// <param name="user">The user.</param>
    /// <returns>The identity.</returns>
    public static ClientIdentity From(UserContext user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new ClientIdentity(
            user.UserId.Value,
            user.ConnectionId.Value,
            new Dictionary<string, string>(StringComparer.Ordinal) { [ThreadIdKey] = user.ThreadId.Value });
    }
}
