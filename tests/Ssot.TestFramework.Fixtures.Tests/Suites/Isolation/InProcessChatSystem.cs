using Ssot.TestFramework.Fixtures.Events;

namespace Ssot.TestFramework.Fixtures.Tests.Suites.Isolation;

/// <summary>A small in-process chat backend: users connect, runs emit the five critical events to their owner.</summary>
/// <remarks>Correct by default; each virtual step can be overridden by a seeded bug.</remarks>
public class InProcessChatSystem
{
    protected readonly object Gate = new();
    protected readonly Dictionary<string, Connection> Connections = new(StringComparer.Ordinal);
    protected readonly Dictionary<string, Dictionary<string, string>> State = new(StringComparer.Ordinal);

    public virtual void Connect(string userId, Connection connection)
    {
        lock (Gate)
        {
            Connections[userId] = connection;
        }
    }

    public virtual void Disconnect(string userId)
    {
        lock (Gate)
        {
            Connections.Remove(userId);
            State.Remove(userId);
        }
    }

    /// <summary>The connection was lost without a goodbye (a crash, a dropped network): forgets it like a disconnect.</summary>
    public virtual void ConnectionLost(string userId) => Disconnect(userId);

    /// <summary>
    /// A start command from <paramref name="connectionUserId"/>'s connection whose payload names <paramref name="claimedUserId"/>:
    /// the work is the connection's; a command naming another user is refused with an <c>error</c> event to the connection.
    /// </summary>
    public virtual Task CommandAsync(string connectionUserId, string runId, string? claimedUserId)
    {
        if (claimedUserId is not null && claimedUserId != connectionUserId)
        {
            return DeliverAsync(connectionUserId, ObservedEvent.Create("error", connectionUserId, runId));
        }

        return RunAsync(connectionUserId, runId);
    }

    public virtual void WriteState(string userId, string key, string value)
    {
        lock (Gate)
        {
            if (!State.TryGetValue(userId, out Dictionary<string, string>? state))
            {
                State[userId] = state = new Dictionary<string, string>(StringComparer.Ordinal);
            }

            state[key] = value;
        }
    }

    public virtual string? ReadState(string userId, string key)
    {
        lock (Gate)
        {
            return State.TryGetValue(userId, out Dictionary<string, string>? state) && state.TryGetValue(key, out string? value) ? value : null;
        }
    }

    public virtual async Task RunAsync(string userId, string runId)
    {
        foreach ((string type, string? toolCall) in Script(runId))
        {
            await Task.Yield();
            await DeliverAsync(userId, ObservedEvent.Create(type, userId, runId, toolCallId: toolCall)).ConfigureAwait(false);
        }
    }

    /// <summary>The run's events, in protocol order.</summary>
    protected static IReadOnlyList<(string Type, string? ToolCall)> Script(string runId) =>
    [
        ("agent_started", null), ("agent_thinking", null), ("tool_executing", runId + "-tool"), ("tool_completed", runId + "-tool"), ("agent_completed", null),
    ];

    protected virtual Task DeliverAsync(string userId, ObservedEvent evt)
    {
        Connection? target;
        lock (Gate)
        {
            Connections.TryGetValue(userId, out target);
        }

        target?.Receive(evt);
        return Task.CompletedTask;
    }
}

/// <summary>The connection object the system is given for one user: it records what it receives.</summary>
public sealed class Connection
{
    public EventLog Log { get; } = new();

    public void Receive(ObservedEvent evt) => Log.Publish(evt);
}
