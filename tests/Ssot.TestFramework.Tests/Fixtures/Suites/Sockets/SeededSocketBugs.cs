namespace Ssot.TestFramework.Tests.Fixtures.Suites.Sockets;

/// <summary>Seeded bug: <c>tool_completed</c> is sent before <c>tool_executing</c>.</summary>
public sealed class ReorderingChatServer : ChatServer
{
    protected override IReadOnlyList<(string Type, string? ToolCall)> Script(string runId)
    {
        var script = base.Script(runId).ToList();
        (script[2], script[3]) = (script[3], script[2]);
        return script;
    }
}

/// <summary>Seeded bug: <c>tool_completed</c> is never sent.</summary>
public sealed class DroppingChatServer : ChatServer
{
    protected override IReadOnlyList<(string Type, string? ToolCall)> Script(string runId) => base.Script(runId).Where(s => s.Type != "tool_completed").ToList();
}

/// <summary>Seeded bug: a stray <c>agent_thinking</c> goes out shortly after <c>agent_completed</c>.</summary>
public sealed class LateEventChatServer : ChatServer
{
    protected override async Task AfterCompletionAsync(ChatConnection connection, string runId)
    {
        await Task.Delay(20);
        await DeliverAsync(connection, Event(connection, "agent_thinking", runId, null));
    }
}

/// <summary>
/// Seeded bug: a race. The sender keeps "the current recipient" in one shared field and yields before sending, so under
/// load a user's event goes to whoever set the field last; one user alone always gets its own events.
/// </summary>
public sealed class RacyChatServer : ChatServer
{
    private ChatConnection? _current;

    protected override async Task DeliverAsync(ChatConnection connection, string json)
    {
        _current = connection;
        await Task.Yield();
        await base.DeliverAsync(_current!, json);
    }
}

/// <summary>Seeded bug: closed connections are kept in an "audit" list, so the server holds them forever.</summary>
public sealed class LeakyChatServer : ChatServer
{
    private readonly List<ChatConnection> _closed = [];

    protected override void Unregister(ChatConnection connection)
    {
        base.Unregister(connection);
        lock (_closed) _closed.Add(connection);
    }
}

/// <summary>
/// Seeded bug: the connection remembers one "current run", and events are stamped with it, so a second run started
/// while the first is going takes over the first one's remaining events. One run at a time is always correct.
/// </summary>
public sealed class SharedRunSlotChatServer : ChatServer
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _currentRun = new(StringComparer.Ordinal);

    protected override async Task RunAgentAsync(ChatConnection connection, string runId)
    {
        _currentRun[connection.ConnectionId] = runId;
        foreach ((string type, string? toolCall) in Script(runId))
        {
            await Task.Delay(20);
            await DeliverAsync(connection, Event(connection, type, _currentRun[connection.ConnectionId], toolCall));
        }
    }
}
