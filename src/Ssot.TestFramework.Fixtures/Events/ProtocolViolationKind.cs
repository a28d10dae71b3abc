namespace Ssot.TestFramework.Fixtures.Events;

/// <summary>What an <see cref="EventProtocol"/> found wrong with a run's events.</summary>
public enum ProtocolViolationKind
{
    /// <summary>A required event type never appeared.</summary>
    MissingEvent,

    /// <summary>An event came before the protocol's first event.</summary>
    OutOfOrder,

    /// <summary>The protocol's first event appeared more than once.</summary>
    DuplicateStart,

    /// <summary>An event type that may not repeat appeared more than once (or a pair was opened twice for one key).</summary>
    DuplicateEvent,

    /// <summary>An event came after the protocol's last event.</summary>
    EventAfterCompletion,

    /// <summary>A pair was opened (e.g. <c>tool_executing</c>) and never closed for its key.</summary>
    UnclosedToolCall,

    /// <summary>A pair was closed (e.g. <c>tool_completed</c>) without an open one for its key.</summary>
    UnmatchedToolCompleted,

    /// <summary>A paired event has no key (e.g. no tool call id).</summary>
    MissingKey,

    /// <summary>An event carries a different run id than the run's first event, or none.</summary>
    WrongRun,
}
