namespace Ssot.TestFramework.Fixtures.Events;

/// <summary>
/// Describes the allowed order of one run's events and checks lists of events against it. Immutable, so thread-safe.
/// Events whose type the protocol does not name are ignored.
/// </summary>
public sealed class EventProtocol
{
    private readonly HashSet<string> _types;
    private readonly HashSet<string> _repeatable;
    private readonly string[] _required;
    private readonly ProtocolPair[] _pairs;
    private readonly string? _first;
    private readonly string? _last;
    private readonly bool _sameRun;

    internal EventProtocol(string name, string[] types, HashSet<string> repeatable, string[] required, ProtocolPair[] pairs, string? first, string? last, bool sameRun)
    {
        Name = name;
        _types = new HashSet<string>(types, StringComparer.Ordinal);
        _repeatable = repeatable;
        _required = required;
        _pairs = pairs;
        _first = first;
        _last = last;
        _sameRun = sameRun;
    }

    /// <summary>
    /// Gets the protocol of the five critical agent events: <c>agent_started</c> first, <c>agent_thinking</c> (may
    /// repeat), <c>tool_executing</c>/<c>tool_completed</c> paired by tool call id (optional, any number of calls),
    /// <c>agent_completed</c> last; <c>agent_started</c>, <c>agent_thinking</c> and <c>agent_completed</c> are required;
    /// all events carry the same run id.
    /// </summary>
    public static EventProtocol CriticalAgentEvents { get; } = Define("critical agent events")
        .First("agent_started")
        .MayRepeat("agent_thinking")
        .Pair("tool_executing", "tool_completed", e => e.ToolCallId)
        .Last("agent_completed")
        .Required("agent_started", "agent_thinking", "agent_completed")
        .Build();

    /// <summary>Gets the protocol's name, used in messages.</summary>
    public string Name { get; }

    /// <summary>Starts describing a protocol.</summary>
    /// <param name="name">The name used in messages.</param>
    /// <returns>A builder.</returns>
    public static EventProtocolBuilder Define(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return new EventProtocolBuilder(name);
    }

    /// <summary>Returns whether the protocol names this event type.</summary>
    /// <param name="type">The event type.</param>
    /// <returns><see langword="true"/> when the protocol covers it.</returns>
    public bool Covers(string type) => _types.Contains(type);

    /// <summary>Checks one run's events, in order.</summary>
    /// <param name="runEvents">The run's events (other types are ignored, but positions refer to this list).</param>
    /// <returns>The violations in order of position; empty when the run follows the protocol.</returns>
    public IReadOnlyList<ProtocolViolation> Validate(IReadOnlyList<ObservedEvent> runEvents)
    {
        ArgumentNullException.ThrowIfNull(runEvents);
        var violations = new List<ProtocolViolation>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var open = new Dictionary<(ProtocolPair Pair, string Key), ObservedEvent>();
        int firstIndex = _first is null ? -1 : IndexOf(runEvents, _first);
        string? runId = runEvents.FirstOrDefault(e => Covers(e.Type) && e.RunId is not null)?.RunId;
        ObservedEvent? completion = null;

        for (int i = 0; i < runEvents.Count; i++)
        {
            ObservedEvent e = runEvents[i];
            if (!Covers(e.Type))
            {
                continue;
            }

            void Add(ProtocolViolationKind kind, string message) => violations.Add(new ProtocolViolation(kind, i, e, $"{e.Describe()}: {message}"));

            if (_sameRun && !string.Equals(e.RunId, runId, StringComparison.Ordinal))
            {
                Add(ProtocolViolationKind.WrongRun, $"run id {e.RunId ?? "(none)"} differs from the run's {runId}");
            }
            else if (_sameRun && e.RunId is null)
            {
                Add(ProtocolViolationKind.WrongRun, "carries no run id");
            }

            if (firstIndex > i)
            {
                Add(ProtocolViolationKind.OutOfOrder, $"came before {_first} at [{firstIndex}], which must be first");
            }

            if (completion is not null)
            {
                Add(ProtocolViolationKind.EventAfterCompletion, $"came after {completion.Describe()}, which must be last");
            }

            if (e.Type == _last)
            {
                completion ??= e;
            }

            int count = seen[e.Type] = seen.GetValueOrDefault(e.Type) + 1;
            if (count > 1 && !_repeatable.Contains(e.Type))
            {
                Add(e.Type == _first ? ProtocolViolationKind.DuplicateStart : ProtocolViolationKind.DuplicateEvent, $"{e.Type} may appear only once but this is occurrence {count}");
            }

            foreach (ProtocolPair pair in _pairs)
            {
                if (e.Type != pair.Open && e.Type != pair.Close)
                {
                    continue;
                }

                string? key = pair.KeySelector(e);
                if (key is null)
                {
                    Add(ProtocolViolationKind.MissingKey, $"{e.Type} has no key to pair {pair.Open} with {pair.Close}");
                }
                else if (e.Type == pair.Open && !open.TryAdd((pair, key), e))
                {
                    Add(ProtocolViolationKind.DuplicateEvent, $"{pair.Open} for '{key}' is already open since {open[(pair, key)].Describe()}");
                }
                else if (e.Type == pair.Close && !open.Remove((pair, key)))
                {
                    Add(ProtocolViolationKind.UnmatchedToolCompleted, $"{pair.Close} for '{key}' has no open {pair.Open} before it");
                }
            }
        }

        foreach (((ProtocolPair pair, string key), ObservedEvent opened) in open)
        {
            int position = IndexOf(runEvents, opened);
            violations.Add(new ProtocolViolation(ProtocolViolationKind.UnclosedToolCall, position, opened, $"{opened.Describe()}: {pair.Open} for '{key}' was never closed by {pair.Close}"));
        }

        foreach (string type in _required.Where(t => !seen.ContainsKey(t)))
        {
            violations.Add(new ProtocolViolation(ProtocolViolationKind.MissingEvent, runEvents.Count, null, $"required event {type} never appeared (protocol '{Name}')"));
        }

        return violations.OrderBy(v => v.Position).ToArray();
    }

    /// <summary>
    /// Groups the events this protocol covers by run id (optionally only those of one user) and validates each run.
    /// </summary>
    /// <param name="events">Events of any number of runs, in arrival order.</param>
    /// <param name="userId">When not <see langword="null"/>, only events of this user are considered.</param>
    /// <returns>One result per run id, in order of each run's first event.</returns>
    public IReadOnlyList<RunValidation> ValidateRuns(IEnumerable<ObservedEvent> events, string? userId = null)
    {
        ArgumentNullException.ThrowIfNull(events);
        return events
            .Where(e => Covers(e.Type) && (userId is null || string.Equals(e.UserId, userId, StringComparison.Ordinal)))
            .GroupBy(e => e.RunId ?? string.Empty, StringComparer.Ordinal)
            .Select(g =>
            {
                ObservedEvent[] run = g.ToArray();
                return new RunValidation(run[0].RunId, run, Validate(run));
            })
            .ToArray();
    }

    /// <summary>Validates one run and throws when it breaks the protocol.</summary>
    /// <param name="runEvents">The run's events.</param>
    /// <exception cref="EventExpectationException">Listing every violation.</exception>
    public void EnsureValid(IReadOnlyList<ObservedEvent> runEvents)
    {
        IReadOnlyList<ProtocolViolation> violations = Validate(runEvents);
        if (violations.Count == 0)
        {
            return;
        }

        throw new EventExpectationException(
            $"The events break protocol '{Name}' ({violations.Count} violation(s)):{Environment.NewLine}  "
            + string.Join(Environment.NewLine + "  ", violations)
            + $"{Environment.NewLine}Events:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", runEvents.Select(e => e.Describe())))
        {
            Received = runEvents,
            Unexpected = violations.Where(v => v.Event is not null).Select(v => v.Event!).Distinct().ToArray(),
            Missing = violations.Where(v => v.Kind == ProtocolViolationKind.MissingEvent).Select(v => v.Message).ToArray(),
        };
    }

    private static int IndexOf(IReadOnlyList<ObservedEvent> events, string type)
    {
        for (int i = 0; i < events.Count; i++)
        {
            if (events[i].Type == type)
            {
                return i;
            }
        }

        return -1;
    }

    private static int IndexOf(IReadOnlyList<ObservedEvent> events, ObservedEvent target)
    {
        for (int i = 0; i < events.Count; i++)
        {
            if (ReferenceEquals(events[i], target))
            {
                return i;
            }
        }

        return -1;
    }
}
