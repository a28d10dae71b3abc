namespace Ssot.TestFramework.Fixtures.Events;

/// <summary>
/// One event seen by a test: its type, the ids that tie it to a user, run, thread and tool call,
/// its position in its source and when it was seen. Immutable, so thread-safe.
/// </summary>
/// <param name="Type">The event's type, e.g. <c>agent_started</c>.</param>
/// <param name="UserId">The user the event belongs to, or <see langword="null"/>.</param>
/// <param name="RunId">The run the event belongs to, or <see langword="null"/>.</param>
/// <param name="ThreadId">The thread the event belongs to, or <see langword="null"/>.</param>
/// <param name="ToolCallId">The tool call the event belongs to, or <see langword="null"/>.</param>
/// <param name="Sequence">The 1-based position in its source (0 until an <see cref="EventLog"/> stamps it).</param>
/// <param name="Timestamp">When the event was seen.</param>
/// <param name="Raw">The raw text the event was parsed from (empty for in-process events).</param>
/// <param name="Payload">Every field of the event by name (empty when there are none).</param>
public sealed record ObservedEvent(
    string Type,
    string? UserId,
    string? RunId,
    string? ThreadId,
    string? ToolCallId,
    long Sequence,
    DateTimeOffset Timestamp,
    string Raw,
    IReadOnlyDictionary<string, object?> Payload)
{
    private static readonly IReadOnlyDictionary<string, object?> s_emptyPayload = new Dictionary<string, object?>();

    /// <summary>
    /// Creates an in-process event (sequence 0, timestamp <see cref="DateTimeOffset.MinValue"/>, empty raw text and payload);
    /// <see cref="EventLog.Publish(ObservedEvent)"/> stamps the sequence and timestamp.
    /// </summary>
    /// <param name="type">The event's type.</param>
    /// <param name="userId">The user id, if any.</param>
    /// <param name="runId">The run id, if any.</param>
    /// <param name="threadId">The thread id, if any.</param>
    /// <param name="toolCallId">The tool call id, if any.</param>
    /// <returns>The event.</returns>
    public static ObservedEvent Create(string type, string? userId = null, string? runId = null, string? threadId = null, string? toolCallId = null)
    {
        ArgumentNullException.ThrowIfNull(type);
        return new ObservedEvent(type, userId, runId, threadId, toolCallId, 0, DateTimeOffset.MinValue, string.Empty, s_emptyPayload);
    }

    /// <summary>Returns a short description for failure messages: <c>#3 tool_executing (user=usr_a, run=run_1, tool=t1)</c>.</summary>
    /// <returns>The description.</returns>
    public string Describe()
    {
        var ids = new List<string>(4);
        if (UserId is not null)
        {
            ids.Add("user=" + UserId);
        }

        if (RunId is not null)
        {
            ids.Add("run=" + RunId);
        }

        if (ThreadId is not null)
        {
            ids.Add("thread=" + ThreadId);
        }

        if (ToolCallId is not null)
        {
            ids.Add("tool=" + ToolCallId);
        }

        return ids.Count == 0 ? $"#{Sequence} {Type}" : $"#{Sequence} {Type} ({string.Join(", ", ids)})";
    }
}
