using Ssot.TestFramework.Users;

namespace Ssot.TestFramework.Fixtures.Tests.Suites.Managers;

/// <summary>The correct reference manager: one per user, only its own state, releasable.</summary>
public sealed class ChatManager : IDisposable
{
    private readonly Dictionary<string, string> _connections = new(StringComparer.Ordinal);
    private readonly List<string> _history = [];
    private readonly SharedLogger _logger;

    private ChatManager(UserContext user, SharedLogger logger)
    {
        User = user;
        _logger = logger;
    }

    public UserContext User { get; }

    public static ChatManager Create(UserContext user, SharedLogger logger) => new(user, logger);

    public void Connect(string connectionId)
    {
        _connections[connectionId] = User.UserId.Value;
        _history.Add($"connected {connectionId}");
        _logger.Log($"{User.UserId} connected");
    }

    public IReadOnlyList<string> History => _history;

    public void Dispose() => _connections.Clear();
}
