using Ssot.TestFramework.Fixtures.Events;

namespace Ssot.TestFramework.Tests.Fixtures.Suites.Isolation;

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
public sealed class RacyDeliverySystem : InProcessChatSystem
{
    private string? _currentUser;

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
