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
    private static readonly IReadOnlyDictionary<string, string> NoExtra = new Dictionary<string, string>();

    /// <summary>Gets the user id.</summary>
    public string UserId { get; init; } = UserId ?? throw new ArgumentNullException(nameof(UserId));

    /// <summary>Gets more name/value pairs to pass; never <see langword="null"/>.</summary>
    public IReadOnlyDictionary<string, string> Extra { get; init; } = Extra ?? NoExtra;
}
