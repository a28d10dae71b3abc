namespace Ssot.TestFramework.Fixtures.Events;

/// <content>Ordered and unordered multi-event waits.</content>
public sealed partial class EventProbe
{
    /// <summary>Waits for events of the given types in this order; other events may come in between.</summary>
    /// <param name="types">The event types, in order.</param>
    /// <returns>The matching events, in order.</returns>
    public Task<IReadOnlyList<ObservedEvent>> ExpectSequenceAsync(params string[] types)
    {
        ArgumentNullException.ThrowIfNull(types);
        return ExpectSequenceAsync(types.Select(EventMatcher.OfType).ToArray());
    }

    /// <summary>
    /// Waits for events matching <paramref name="expected"/> in this order and consumes them. When
    /// <paramref name="strict"/> is <see langword="false"/> (the default) other events may come in between; when
    /// <see langword="true"/> the next events must match exactly, and the first one that does not fails at once.
    /// </summary>
    /// <param name="expected">The expectations, in order.</param>
    /// <param name="strict">Whether interleaved events are forbidden. Default <see langword="false"/>.</param>
    /// <param name="timeout">The timeout for the whole sequence before the time factor; default <see cref="EventProbeOptions.DefaultTimeout"/>.</param>
    /// <returns>The matching events, in order.</returns>
    public async Task<IReadOnlyList<ObservedEvent>> ExpectSequenceAsync(IReadOnlyList<EventMatcher> expected, bool strict = false, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(expected);
        string[] descriptions = expected.Select(m => m.Description).ToArray();
        string operation = $"ExpectSequenceAsync({(strict ? "strict " : string.Empty)}{ProbeFailure.List(descriptions)})";
        ProbeWindow window = OpenWindow(operation, timeout);
        var found = new List<ObservedEvent>(expected.Count);
        ObservedEvent? outOfOrder = null;
        string? outOfOrderNote = null;
        int index = _cursor;
        while (true)
        {
            IReadOnlyList<ObservedEvent> events = _source.Snapshot();
            for (; index < events.Count && found.Count < expected.Count; index++)
            {
                ObservedEvent e = events[index];
                int position = found.Count;
                if (expected[position].Matches(e))
                {
                    found.Add(e);
                    continue;
                }

                int later = Later(expected, position, e);
                if (strict || (outOfOrder is null && later >= 0))
                {
                    outOfOrder ??= e;
                    outOfOrderNote = later >= 0
                        ? $"matches expected [{later}] {descriptions[later]} but arrived while waiting for [{position}] {descriptions[position]}"
                        : $"arrived while waiting for [{position}] {descriptions[position]}";
                }

                if (strict)
                {
                    throw (Failure(operation, "out of order: an event came that the strict sequence does not allow here", window) with
                    {
                        Expected = descriptions, Found = found, Missing = descriptions[position..], Unexpected = [e],
                        FirstOutOfOrder = outOfOrder, OutOfOrderNote = outOfOrderNote,
                    }).ToException();
                }
            }

            if (found.Count == expected.Count)
            {
                _cursor = index;
                return found;
            }

            string? stop = await WaitAsync(index, window).ConfigureAwait(false);
            if (stop is not null)
            {
                throw (Failure(operation, stop, window) with
                {
                    Expected = descriptions, Found = found, Missing = descriptions[found.Count..],
                    FirstOutOfOrder = outOfOrder, OutOfOrderNote = outOfOrderNote,
                }).ToException();
            }
        }
    }

    /// <summary>Waits for one event of each given type, in any order; see <see cref="ExpectAllOfAsync(IReadOnlyList{EventMatcher}, TimeSpan?)"/>.</summary>
    /// <param name="types">The event types.</param>
    /// <returns>The matching events in arrival order.</returns>
    public Task<IReadOnlyList<ObservedEvent>> ExpectAllOfAsync(params string[] types)
    {
        ArgumentNullException.ThrowIfNull(types);
        return ExpectAllOfAsync(types.Select(EventMatcher.OfType).ToArray());
    }

    /// <summary>
    /// Akka-style <c>ExpectMsgAllOf</c>: the next <c>expected.Count</c> events must match the expectations one to one,
    /// in any order. Fails with "not found [...]" and "found unexpected [...]" as soon as that many events came and
    /// some did not match, or when the timeout passes.
    /// </summary>
    /// <param name="expected">The expectations.</param>
    /// <param name="timeout">The timeout before the time factor; default <see cref="EventProbeOptions.DefaultTimeout"/>.</param>
    /// <returns>The matching events in arrival order.</returns>
    public async Task<IReadOnlyList<ObservedEvent>> ExpectAllOfAsync(IReadOnlyList<EventMatcher> expected, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(expected);
        string[] descriptions = expected.Select(m => m.Description).ToArray();
        string operation = $"ExpectAllOfAsync({ProbeFailure.List(descriptions)})";
        ProbeWindow window = OpenWindow(operation, timeout);
        var open = expected.ToList();
        var found = new List<ObservedEvent>(expected.Count);
        var unexpected = new List<ObservedEvent>();
        int index = _cursor;
        while (true)
        {
            IReadOnlyList<ObservedEvent> events = _source.Snapshot();
            for (; index < events.Count && found.Count + unexpected.Count < expected.Count; index++)
            {
                int match = open.FindIndex(m => m.Matches(events[index]));
                if (match < 0)
                {
                    unexpected.Add(events[index]);
                }
                else
                {
                    open.RemoveAt(match);
                    found.Add(events[index]);
                }
            }

            if (found.Count + unexpected.Count >= expected.Count)
            {
                if (unexpected.Count == 0)
                {
                    _cursor = index;
                    return found;
                }

                throw (Failure(operation, "some events did not match", window) with
                {
                    Expected = descriptions, Found = found, Missing = open.Select(m => m.Description).ToArray(), Unexpected = unexpected,
                }).ToException();
            }

            string? stop = await WaitAsync(index, window).ConfigureAwait(false);
            if (stop is not null)
            {
                throw (Failure(operation, stop, window) with
                {
                    Expected = descriptions, Found = found, Missing = open.Select(m => m.Description).ToArray(), Unexpected = unexpected,
                }).ToException();
            }
        }
    }

    private static int Later(IReadOnlyList<EventMatcher> expected, int position, ObservedEvent e)
    {
        for (int k = position + 1; k < expected.Count; k++)
        {
            if (expected[k].Matches(e))
            {
                return k;
            }
        }

        return -1;
    }
}
