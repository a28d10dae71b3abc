namespace Ssot.TestFramework.Fixtures.Events;

/// <summary>
/// A described predicate over <see cref="ObservedEvent"/>s, used by <see cref="EventProbe"/> waits.
/// A string converts implicitly to a matcher on the event type. Immutable, so thread-safe.
/// </summary>
public sealed class EventMatcher
{
    private readonly Func<ObservedEvent, bool> _predicate;

    private EventMatcher(string description, Func<ObservedEvent, bool> predicate)
    {
        Description = description;
        _predicate = predicate;
    }

    /// <summary>Gets the description shown in failure messages.</summary>
    public string Description { get; }

    /// <summary>Matches events whose <see cref="ObservedEvent.Type"/> equals <paramref name="type"/> (ordinal).</summary>
    /// <param name="type">The event type.</param>
    /// <returns>The matcher.</returns>
    public static EventMatcher OfType(string type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return new EventMatcher(type, e => string.Equals(e.Type, type, StringComparison.Ordinal));
    }

    /// <summary>Matches events satisfying <paramref name="predicate"/>.</summary>
    /// <param name="description">The description shown in failure messages.</param>
    /// <param name="predicate">The predicate.</param>
    /// <returns>The matcher.</returns>
    public static EventMatcher Where(string description, Func<ObservedEvent, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(description);
        ArgumentNullException.ThrowIfNull(predicate);
        return new EventMatcher(description, predicate);
    }

    /// <summary>Converts an event type to a matcher on that type.</summary>
    /// <param name="type">The event type.</param>
    public static implicit operator EventMatcher(string type) => OfType(type);

    /// <summary>Returns whether the event matches.</summary>
    /// <param name="observedEvent">The event.</param>
    /// <returns><see langword="true"/> when it matches.</returns>
    public bool Matches(ObservedEvent observedEvent)
    {
        ArgumentNullException.ThrowIfNull(observedEvent);
        return _predicate(observedEvent);
    }

    /// <inheritdoc />
    public override string ToString() => Description;
}
