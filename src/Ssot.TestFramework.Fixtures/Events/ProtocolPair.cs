namespace Ssot.TestFramework.Fixtures.Events;

/// <summary>An open/close pair of event types matched by a key, e.g. tool calls by tool call id.</summary>
internal sealed record ProtocolPair(string Open, string Close, Func<ObservedEvent, string?> KeySelector);
