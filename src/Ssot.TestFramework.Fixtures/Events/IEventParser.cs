namespace Ssot.TestFramework.Fixtures.Events;

/// <summary>
/// Turns one received text message into an <see cref="ObservedEvent"/>. Implementations must be thread-safe
/// (one parser may serve many clients) and must not throw for malformed input: report it through the <c>error</c> out parameter.
/// </summary>
public interface IEventParser
{
    /// <summary>Parses a message.</summary>
    /// <param name="raw">The message text.</param>
    /// <param name="sequence">The message's sequence number in its source, to stamp on the event.</param>
    /// <param name="timestamp">When the message arrived, to stamp on the event.</param>
    /// <param name="observedEvent">The event, when parsing succeeded.</param>
    /// <param name="error">Why parsing failed, when it did.</param>
    /// <returns><see langword="true"/> when <paramref name="observedEvent"/> was produced.</returns>
    public bool TryParse(string raw, long sequence, DateTimeOffset timestamp, out ObservedEvent? observedEvent, out string? error);
}
