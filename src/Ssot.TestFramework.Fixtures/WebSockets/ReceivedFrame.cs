using System.Net.WebSockets;
using Ssot.TestFramework.Fixtures.Events;

namespace Ssot.TestFramework.Fixtures.WebSockets;

/// <summary>One complete message a <see cref="WebSocketTestClient"/> received. Immutable, so thread-safe.</summary>
/// <param name="Sequence">The 1-based position among the client's received messages (also the event's sequence).</param>
/// <param name="Timestamp">When it arrived, from the client's <see cref="TimeProvider"/>.</param>
/// <param name="MonotonicTimestamp">When it arrived, as <see cref="System.Diagnostics.Stopwatch.GetTimestamp"/>, for intervals.</param>
/// <param name="MessageType">Text or binary.</param>
/// <param name="Text">The text (UTF-8 decoded); base64 for binary messages.</param>
/// <param name="Event">The parsed event, or <see langword="null"/> when parsing failed.</param>
/// <param name="ParseError">Why parsing failed, or <see langword="null"/>.</param>
public sealed record ReceivedFrame(
    long Sequence,
    DateTimeOffset Timestamp,
    long MonotonicTimestamp,
    WebSocketMessageType MessageType,
    string Text,
    ObservedEvent? Event,
    string? ParseError);
