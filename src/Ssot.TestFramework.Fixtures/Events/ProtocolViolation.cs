namespace Ssot.TestFramework.Fixtures.Events;

/// <summary>One thing wrong with a run's events. Immutable, so thread-safe.</summary>
/// <param name="Kind">What is wrong.</param>
/// <param name="Position">The 0-based index in the validated list; the list's length for something missing at the end.</param>
/// <param name="Event">The offending event, or <see langword="null"/> when something is missing.</param>
/// <param name="Message">A readable explanation naming the event's sequence number.</param>
public sealed record ProtocolViolation(ProtocolViolationKind Kind, int Position, ObservedEvent? Event, string Message)
{
    /// <summary>Gets the offending event's sequence number, or <see langword="null"/>.</summary>
    public long? Sequence => Event?.Sequence;

    /// <inheritdoc />
    public override string ToString() => $"{Kind} at [{Position}]: {Message}";
}
