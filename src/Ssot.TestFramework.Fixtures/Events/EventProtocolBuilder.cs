namespace Ssot.TestFramework.Fixtures.Events;

/// <summary>
/// Describes an <see cref="EventProtocol"/>. Every type named by a method is part of the protocol; other types are
/// ignored by validation. Types may not repeat unless named by <see cref="MayRepeat"/> or by a pair. Not thread-safe.
/// </summary>
public sealed class EventProtocolBuilder
{
    private readonly string _name;
    private readonly HashSet<string> _types = new(StringComparer.Ordinal);
    private readonly HashSet<string> _repeatable = new(StringComparer.Ordinal);
    private readonly List<string> _required = [];
    private readonly List<ProtocolPair> _pairs = [];
    private string? _first;
    private string? _last;
    private bool _sameRun = true;

    internal EventProtocolBuilder(string name) => _name = name;

    /// <summary>Declares the type that must come first (a second one is a <see cref="ProtocolViolationKind.DuplicateStart"/>).</summary>
    /// <param name="type">The event type.</param>
    /// <returns>This builder.</returns>
    public EventProtocolBuilder First(string type) => Set(ref _first, type);

    /// <summary>Declares the type that must come last (anything after it is an <see cref="ProtocolViolationKind.EventAfterCompletion"/>).</summary>
    /// <param name="type">The event type.</param>
    /// <returns>This builder.</returns>
    public EventProtocolBuilder Last(string type) => Set(ref _last, type);

    /// <summary>Declares types that must appear at least once.</summary>
    /// <param name="types">The event types.</param>
    /// <returns>This builder.</returns>
    public EventProtocolBuilder Required(params string[] types) => Add(types, _required.Add);

    /// <summary>Declares types that may appear more than once.</summary>
    /// <param name="types">The event types.</param>
    /// <returns>This builder.</returns>
    public EventProtocolBuilder MayRepeat(params string[] types) => Add(types, t => _repeatable.Add(t));

    /// <summary>Declares types that may appear (at most once) without further rules.</summary>
    /// <param name="types">The event types.</param>
    /// <returns>This builder.</returns>
    public EventProtocolBuilder Allow(params string[] types) => Add(types, _ => { });

    /// <summary>
    /// Declares that every <paramref name="open"/> event must be closed by a later <paramref name="close"/> event with the
    /// same key, and that no close may come without an open one. Both types may repeat (once per key at a time).
    /// </summary>
    /// <param name="open">The opening type, e.g. <c>tool_executing</c>.</param>
    /// <param name="close">The closing type, e.g. <c>tool_completed</c>.</param>
    /// <param name="keySelector">The key, e.g. <c>e =&gt; e.ToolCallId</c>; <see langword="null"/> is a <see cref="ProtocolViolationKind.MissingKey"/>.</param>
    /// <returns>This builder.</returns>
    public EventProtocolBuilder Pair(string open, string close, Func<ObservedEvent, string?> keySelector)
    {
        ArgumentNullException.ThrowIfNull(open);
        ArgumentNullException.ThrowIfNull(close);
        ArgumentNullException.ThrowIfNull(keySelector);
        _types.Add(open);
        _types.Add(close);
        _pairs.Add(new ProtocolPair(open, close, keySelector));
        return this;
    }

    /// <summary>Sets whether all events of a run must carry the same, non-null run id. Default <see langword="true"/>.</summary>
    /// <param name="required">Whether to check run ids.</param>
    /// <returns>This builder.</returns>
    public EventProtocolBuilder SameRun(bool required = true)
    {
        _sameRun = required;
        return this;
    }

    /// <summary>Builds the protocol.</summary>
    /// <returns>The protocol.</returns>
    public EventProtocol Build()
    {
        var repeatable = new HashSet<string>(_repeatable, StringComparer.Ordinal);
        foreach (ProtocolPair pair in _pairs)
        {
            repeatable.Add(pair.Open);
            repeatable.Add(pair.Close);
        }

        return new EventProtocol(_name, _types.ToArray(), repeatable, _required.Distinct(StringComparer.Ordinal).ToArray(), _pairs.ToArray(), _first, _last, _sameRun);
    }

    private EventProtocolBuilder Set(ref string? field, string type)
    {
        ArgumentNullException.ThrowIfNull(type);
        field = type;
        _types.Add(type);
        return this;
    }

    private EventProtocolBuilder Add(string[] types, Action<string> also)
    {
        ArgumentNullException.ThrowIfNull(types);
        foreach (string type in types)
        {
            ArgumentNullException.ThrowIfNull(type);
            _types.Add(type);
            also(type);
        }

        return this;
    }
}
