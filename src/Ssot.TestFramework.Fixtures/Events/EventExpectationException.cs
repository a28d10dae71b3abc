namespace Ssot.TestFramework.Fixtures.Events;

/// <summary>
/// Thrown when an <see cref="EventProbe"/> wait or an <see cref="EventProtocol"/> check fails. The message shows what
/// was expected, what was received (with sequence numbers), what is missing, what was unexpected, the first
/// out-of-order event and the elapsed time against the deadline; the same facts are available as properties.
/// </summary>
public sealed class EventExpectationException : Exception
{
    /// <summary>Initializes a new instance.</summary>
    public EventExpectationException()
    {
    }

    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">What failed.</param>
    public EventExpectationException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with a message and the original exception.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The original exception.</param>
    public EventExpectationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets the expectations that were not met (descriptions), empty when none.</summary>
    public IReadOnlyList<string> Missing { get; init; } = [];

    /// <summary>Gets the events that should not have arrived, empty when none.</summary>
    public IReadOnlyList<ObservedEvent> Unexpected { get; init; } = [];

    /// <summary>Gets the events received since the probe's cursor when the wait failed.</summary>
    public IReadOnlyList<ObservedEvent> Received { get; init; } = [];

    /// <summary>Gets the first event that arrived before an event it should follow, or <see langword="null"/>.</summary>
    public ObservedEvent? FirstOutOfOrder { get; init; }

    /// <summary>Gets the time the wait took before failing.</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>Gets the time the wait was allowed (after the time factor and any enclosing deadline).</summary>
    public TimeSpan Allowed { get; init; }
}
