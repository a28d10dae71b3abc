namespace Ssot.TestFramework.Fixtures.Tests.Suites.Sockets;

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

/// <summary>
/// Seeded bug: a stray <c>agent_thinking</c> goes out right after each run's <c>agent_completed</c>. The runs of one
/// connection take turns (one finishes, stray included, before the next starts), so when the client has seen the last
/// run complete, the earlier runs' strays are already in its log: the check catches them however slow the machine is.
/// </summary>
public sealed class LateEventChatServer : ChatServer
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, SemaphoreSlim> _turns = new(StringComparer.Ordinal);

    protected override async Task RunAgentAsync(ChatConnection connection, string runId)
    {
        SemaphoreSlim turn = _turns.GetOrAdd(connection.ConnectionId, _ => new SemaphoreSlim(1, 1));
        await turn.WaitAsync();
        try
        {
            await base.RunAgentAsync(connection, runId);
        }
        finally
        {
            turn.Release();
        }
    }

    protected override Task AfterCompletionAsync(ChatConnection connection, string runId) =>
        DeliverAsync(connection, Event(connection, "agent_thinking", runId, null));
}

/// <summary>
/// Seeded bug: a race on one shared "current recipient" field, set when a run starts and read when it sends. Between
/// the two a run yields, so when two users' runs overlap, the earlier user's events can go to the later one; one user
/// alone, or users taking turns, always get their own events.
/// </summary>
/// <remarks>
/// With <c>forceOverlap</c> the race is not left to the scheduler: the first user's runs wait (<see cref="OverlapGate{TOwner}"/>)
/// until another user's run starts, then send all their events to that user, whose own events follow; the robbed
/// connection is then closed, so its runs fail at once instead of at the run timeout. Caught on any machine.
/// </remarks>
public sealed class RacyChatServer(bool forceOverlap = false) : ChatServer
{
    private readonly OverlapGate<ChatConnection> _gate = new();
    private ChatConnection? _current;

    protected override async Task RunAgentAsync(ChatConnection connection, string runId)
    {
        if (!forceOverlap)
        {
            await base.RunAgentAsync(connection, runId);
            return;
        }

        ChatConnection? thief = await _gate.StartAsync(connection, ConnectionCount);
        if (thief is null)
        {
            foreach ((string type, string? toolCall) in Script(runId))
            {
                await base.DeliverAsync(connection, Event(connection, type, runId, toolCall));
            }

            return;
        }

        foreach ((string type, string? toolCall) in Script(runId))
        {
            await base.DeliverAsync(thief, Event(connection, type, runId, toolCall));
        }

        if (_gate.HeldRunDone())
        {
            connection.CloseAfterPending();
        }
    }

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
        lock (_closed)
        {
            _closed.Add(connection);
        }
    }
}

/// <summary>
/// Seeded bug: the connection remembers one "current run", and events are stamped with it, so a second run started
/// while the first is going takes over the first one's remaining events. One run at a time is always correct.
/// </summary>
/// <remarks>
/// With <c>forceOverlap</c> the overlap is not left to timing: the first run of a connection waits until the second
/// starts (and takes the slot); the two scripts then go out interleaved, all stamped with the second run, and the
/// connection is closed, so the robbed run fails at once instead of at the run timeout. Caught on any machine.
/// </remarks>
public sealed class SharedRunSlotChatServer(bool forceOverlap = false) : ChatServer
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _currentRun = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (string RunId, TaskCompletionSource Sent)> _firstRun = new(StringComparer.Ordinal);

    protected override async Task RunAgentAsync(ChatConnection connection, string runId)
    {
        if (!forceOverlap)
        {
            _currentRun[connection.ConnectionId] = runId;
            foreach ((string type, string? toolCall) in Script(runId))
            {
                await Task.Yield();
                await DeliverAsync(connection, Event(connection, type, _currentRun[connection.ConnectionId], toolCall));
            }

            return;
        }

        (string RunId, TaskCompletionSource Sent) mine = (RunId: runId, Sent: new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        (string RunId, TaskCompletionSource Sent) first = _firstRun.GetOrAdd(connection.ConnectionId, mine);
        if (first.Sent == mine.Sent)
        {
            _currentRun[connection.ConnectionId] = runId;
            await mine.Sent.Task; // The second run takes the slot and sends this one's events too.
            return;
        }

        _currentRun[connection.ConnectionId] = runId;
        IReadOnlyList<(string Type, string? ToolCall)>[] scripts = [Script(first.RunId), Script(runId)];
        for (int k = 0; k < scripts[1].Count; k++)
        {
            foreach (IReadOnlyList<(string Type, string? ToolCall)> script in scripts)
            {
                await DeliverAsync(connection, Event(connection, script[k].Type, _currentRun[connection.ConnectionId], script[k].ToolCall));
            }
        }

        first.Sent.SetResult();
        connection.CloseAfterPending();
    }
}
