using System.Collections.Concurrent;

namespace Ssot.TestFramework.Fixtures.Tests.Suites.Sockets;

/// <summary>
/// Seeded bug: the work is attributed to the <c>user_id</c> written in the command, not to the connection's identity,
/// and its events go to that user's connection. A client can make the server work, and talk, for anyone.
/// </summary>
public sealed class PayloadUserChatServer : ChatServer
{
    protected override Task StartRun(ChatConnection connection, RunCommand command)
    {
        ChatConnection target = OpenConnections.FirstOrDefault(c => c.UserId == command.UserId) ?? connection;
        return Task.Run(() => RunAgentAsync(target, command.RunId));
    }
}

/// <summary>Seeded bug: the user id is the connection's, but the events carry the <c>thread_id</c> the command names.</summary>
public sealed class PayloadThreadChatServer : ChatServer
{
    protected override Task StartRun(ChatConnection connection, RunCommand command) => Task.Run(async () =>
    {
        foreach ((string type, string? toolCall) in Script(command.RunId))
        {
            await Task.Yield();
            await DeliverAsync(connection, Event(connection, type, command.RunId, toolCall, threadId: command.ThreadId));
        }
    });
}

/// <summary>
/// Seeded bug: events are routed by run id through one server-wide map (the first connection that started a run id
/// owns it), so a command naming another user's run id streams its events into that user's socket.
/// </summary>
public sealed class RunRoutedChatServer : ChatServer
{
    private readonly ConcurrentDictionary<string, ChatConnection> _routes = new(StringComparer.Ordinal);

    protected override async Task RunAgentAsync(ChatConnection connection, string runId)
    {
        ChatConnection route = _routes.GetOrAdd(runId, connection);
        foreach ((string type, string? toolCall) in Script(runId))
        {
            await Task.Yield();
            await DeliverAsync(route, Event(connection, type, runId, toolCall));
        }
    }
}

/// <summary>
/// Seeded bug: the server remembers each user's last run and "resumes" it: the first run after a reconnect is stamped
/// with the previous run's id instead of its own.
/// </summary>
public sealed class StaleRunChatServer : ChatServer
{
    private readonly ConcurrentDictionary<string, string> _lastRun = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _resume = new(StringComparer.Ordinal);

    protected override void Register(ChatConnection connection)
    {
        if (_lastRun.TryGetValue(connection.UserId, out string? last))
        {
            _resume[connection.ConnectionId] = last;
        }

        base.Register(connection);
    }

    protected override Task RunAgentAsync(ChatConnection connection, string runId)
    {
        string stamped = _resume.TryRemove(connection.ConnectionId, out string? previous) ? previous : runId;
        _lastRun[connection.UserId] = stamped;
        return base.RunAgentAsync(connection, stamped);
    }
}

/// <summary>
/// Seeded bug: a per-user index of connections is cleaned up only in the close-frame path, so every connection that
/// ends without a close handshake (a crash, a lost network) stays in it forever. A clean disconnect is handled correctly.
/// </summary>
public sealed class CleanCloseOnlyChatServer : ChatServer
{
    private readonly ConcurrentDictionary<string, List<ChatConnection>> _byUser = new(StringComparer.Ordinal);

    protected override void Register(ChatConnection connection)
    {
        List<ChatConnection> mine = _byUser.GetOrAdd(connection.UserId, _ => []);
        lock (mine)
        {
            mine.Add(connection);
        }

        base.Register(connection);
    }

    protected override void Closed(ChatConnection connection, bool cleanly)
    {
        base.Closed(connection, cleanly);
        if (cleanly && _byUser.TryGetValue(connection.UserId, out List<ChatConnection>? mine))
        {
            lock (mine)
            {
                mine.Remove(connection);
            }

            if (mine.Count == 0)
            {
                _byUser.TryRemove(connection.UserId, out _);
            }
        }
    }
}

/// <summary>
/// Seeded bug: per-connection delivery slots are recycled from a pool, and a slot returns to the pool still pointing at
/// its old connection, with the run that was using it still going. The interrupted run's remaining events then stream
/// through the slot into the next user's socket.
/// </summary>
/// <remarks>
/// Deterministic: the server's first run sends its first event, then its remaining events wait on a gate that the next
/// connection handed the slot releases; that connection's own runs wait until the remaining events went out first.
/// </remarks>
public sealed class PooledSlotChatServer : ChatServer
{
    private readonly ConcurrentStack<Slot> _pool = new();
    private readonly ConcurrentDictionary<string, Slot> _slots = new(StringComparer.Ordinal);
    private int _held;

    protected override void Register(ChatConnection connection)
    {
        base.Register(connection);
        if (_pool.TryPop(out Slot? slot))
        {
            slot.Current = connection;
            slot.Reattached.TrySetResult();
        }
        else
        {
            slot = new Slot { Current = connection };
        }

        _slots[connection.ConnectionId] = slot;
    }

    protected override void Closed(ChatConnection connection, bool cleanly)
    {
        // Back in the pool (still pointing at the old connection) before the connection is forgotten: the harness ends
        // its wait after an abort as soon as the server no longer finds the connection, and the slot must be there by then.
        if (_slots.TryRemove(connection.ConnectionId, out Slot? slot))
        {
            _pool.Push(slot);
        }

        base.Closed(connection, cleanly);
    }

    protected override async Task RunAgentAsync(ChatConnection connection, string runId)
    {
        Slot slot = _slots[connection.ConnectionId];
        if (Interlocked.Exchange(ref _held, 1) == 1)
        {
            await slot.Flushed;
            await base.RunAgentAsync(connection, runId);
            return;
        }

        var flushed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        slot.Flushed = flushed.Task;
        IReadOnlyList<(string Type, string? ToolCall)> script = Script(runId);
        await DeliverAsync(slot.Current!, Event(connection, script[0].Type, runId, script[0].ToolCall));
        // The rest streams through the slot on its own, detached from the run (the server does not wait for it on close).
        _ = StreamRestAsync(slot, connection, runId, script.Skip(1).ToList(), flushed);
    }

    private async Task StreamRestAsync(Slot slot, ChatConnection connection, string runId, IReadOnlyList<(string Type, string? ToolCall)> rest, TaskCompletionSource flushed)
    {
        await slot.Reattached.Task;
        foreach ((string type, string? toolCall) in rest)
        {
            await DeliverAsync(slot.Current!, Event(connection, type, runId, toolCall));
        }

        flushed.SetResult();
    }

    private sealed class Slot
    {
        public ChatConnection? Current { get; set; }

        public TaskCompletionSource Reattached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Flushed { get; set; } = Task.CompletedTask;
    }
}
