using System.Collections.Concurrent;

namespace Ssot.TestFramework.Fixtures.Tests.Suites.Sockets;

/// <summary>
/// Seeded bug: each run's own task sends a stray <c>agent_thinking</c> 400 ms after its <c>agent_completed</c>. The server
/// finishes its runs before it answers the client's close (as <see cref="ChatServer"/> does), so the stray is in the
/// client's log before the close however slow the machine is; the 400 ms only put it far beyond any fixed watch.
/// </summary>
public sealed class DelayedStrayChatServer : ChatServer
{
    protected override async Task AfterCompletionAsync(ChatConnection connection, string runId)
    {
        await Task.Delay(400);
        await DeliverAsync(connection, Event(connection, "agent_thinking", runId, null));
    }
}

/// <summary>
/// Seeded bug: when the client closes, the server flushes a final <c>agent_status</c> event for the connection's last
/// run before it closes: an event after that run's <c>agent_completed</c>, sent only because the client left.
/// </summary>
public sealed class FinalStatusOnCloseChatServer : ChatServer
{
    private readonly ConcurrentDictionary<string, string> _lastRun = new(StringComparer.Ordinal);

    protected override Task RunAgentAsync(ChatConnection connection, string runId)
    {
        _lastRun[connection.ConnectionId] = runId;
        return base.RunAgentAsync(connection, runId);
    }

    protected override Task BeforeCloseAsync(ChatConnection connection) =>
        _lastRun.TryRemove(connection.ConnectionId, out string? runId)
            ? DeliverAsync(connection, Event(connection, "agent_status", runId, null))
            : Task.CompletedTask;
}
