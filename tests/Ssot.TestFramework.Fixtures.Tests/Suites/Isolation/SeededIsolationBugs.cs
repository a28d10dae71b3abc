using Ssot.TestFramework.Fixtures.Events;

namespace Ssot.TestFramework.Fixtures.Tests.Suites.Isolation;

/// <summary>Seeded bug: events are sent to every connected user instead of their owner.</summary>
public sealed class BroadcastingSystem : InProcessChatSystem
{
    protected override Task DeliverAsync(string userId, ObservedEvent evt)
    {
        List<Connection> all;
        lock (Gate)
        {
            all = [.. Connections.Values];
        }

        all.ForEach(c => c.Receive(evt));
        return Task.CompletedTask;
    }
}

/// <summary>
/// Seeded bug: a race. The sender keeps "the current recipient" in one shared field and yields before sending, so a
/// user's event goes to whoever set the field last; alone, every event still reaches its owner.
/// </summary>
/// <remarks>
/// With <c>forceOverlap</c> the race is not left to the scheduler: the first user's runs wait (<see cref="OverlapGate{TOwner}"/>)
/// until another user's run starts, then send all their events to that user, whose own events follow; the robbed
/// user's log is then completed, so its runs fail at once instead of at the run timeout. Caught on any machine.
/// </remarks>
public sealed class RacyDeliverySystem(bool forceOverlap = false) : InProcessChatSystem
{
    private readonly OverlapGate<string> _gate = new();
    private string? _currentUser;

    public override async Task RunAsync(string userId, string runId)
    {
        if (!forceOverlap)
        {
            await base.RunAsync(userId, runId);
            return;
        }

        int users;
        lock (Gate)
        {
            users = Connections.Count;
        }

        string? thief = await _gate.StartAsync(userId, users);
        foreach ((string type, string? toolCall) in Script(runId))
        {
            await Task.Yield();
            lock (Gate)
            {
                // A run of the robbed user that started after the release finds its log completed: its events are dropped.
                if (Connections.TryGetValue(thief ?? userId, out Connection? target) && !target.Log.IsCompleted)
                {
                    target.Receive(ObservedEvent.Create(type, userId, runId, toolCallId: toolCall));
                }
            }
        }

        if (thief is not null && _gate.HeldRunDone())
        {
            lock (Gate)
            {
                Connections[userId].Log.Complete();
            }
        }
    }

    protected override async Task DeliverAsync(string userId, ObservedEvent evt)
    {
        _currentUser = userId;
        await Task.Yield();
        Connection? target;
        lock (Gate)
        {
            Connections.TryGetValue(_currentUser!, out target);
        }

        target?.Receive(evt);
    }
}

/// <summary>Seeded bug: a disconnect forgets the user's state, so a reconnect sees the old values.</summary>
public sealed class StateKeptAfterDisconnectSystem : InProcessChatSystem
{
    public override void Disconnect(string userId)
    {
        lock (Gate)
        {
            Connections.Remove(userId);
        }
    }
}

/// <summary>Seeded bug: closed connections are kept in an "audit" list, so the system holds them forever.</summary>
public sealed class LeakyConnectionSystem : InProcessChatSystem
{
    private readonly List<Connection> _closed = [];

    public override void Disconnect(string userId)
    {
        lock (Gate)
        {
            if (Connections.TryGetValue(userId, out Connection? connection))
            {
                _closed.Add(connection);
            }
        }

        base.Disconnect(userId);
    }
}

/// <summary>Seeded bug: state is kept per key only, not per user, so every user reads everyone's values.</summary>
public sealed class SharedStateSystem : InProcessChatSystem
{
    public override void WriteState(string userId, string key, string value) => base.WriteState("everyone", key, value);

    public override string? ReadState(string userId, string key) => base.ReadState("everyone", key);
}

/// <summary>
/// Seeded bug: a run addresses its user's "current connection" and waits, after its first event, until the user is
/// gone; its remaining events then go to whichever connection registered next, another user's.
/// </summary>
/// <remarks>Deterministic: the remaining events wait on a gate that the next connection releases when it registers, before its own work starts.</remarks>
public sealed class ReplayToNextConnectionSystem : InProcessChatSystem
{
    private readonly TaskCompletionSource<Connection> _next = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _flushed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private string? _leaver;
    private int _held;

    public override void Connect(string userId, Connection connection)
    {
        base.Connect(userId, connection);
        if (Volatile.Read(ref _leaver) is not null)
        {
            _next.TrySetResult(connection);
        }
    }

    public override void Disconnect(string userId)
    {
        base.Disconnect(userId);
        if (Volatile.Read(ref _held) == 1)
        {
            Volatile.Write(ref _leaver, userId);
        }
    }

    public override async Task RunAsync(string userId, string runId)
    {
        if (Interlocked.Exchange(ref _held, 1) == 1)
        {
            await _flushed.Task;
            await base.RunAsync(userId, runId);
            return;
        }

        IReadOnlyList<(string Type, string? ToolCall)> script = Script(runId);
        await DeliverAsync(userId, ObservedEvent.Create(script[0].Type, userId, runId, toolCallId: script[0].ToolCall));
        Connection next = await _next.Task;
        foreach ((string type, string? toolCall) in script.Skip(1))
        {
            next.Receive(ObservedEvent.Create(type, userId, runId, toolCallId: toolCall));
        }

        _flushed.SetResult();
    }
}

/// <summary>Seeded bug: a start command is run for the user its payload names, not for the connection that sent it.</summary>
public sealed class ClaimTrustingSystem : InProcessChatSystem
{
    public override Task CommandAsync(string connectionUserId, string runId, string? claimedUserId) => RunAsync(claimedUserId ?? connectionUserId, runId);
}

/// <summary>Seeded bug: a lost connection is parked in a "reconnect grace" list that is never emptied; a clean disconnect is fine.</summary>
public sealed class LostConnectionsKeptSystem : InProcessChatSystem
{
    private readonly List<Connection> _lost = [];

    public override void ConnectionLost(string userId)
    {
        lock (Gate)
        {
            if (Connections.TryGetValue(userId, out Connection? connection))
            {
                _lost.Add(connection);
            }
        }

        base.ConnectionLost(userId);
    }
}
