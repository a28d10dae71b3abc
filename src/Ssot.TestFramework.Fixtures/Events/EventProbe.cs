namespace Ssot.TestFramework.Fixtures.Events;

/// <summary>
/// Waits for events from an <see cref="IEventSource"/> in the style of Akka's TestKit probes. The probe keeps a
/// cursor: every successful <c>Expect…</c> consumes events up to and including the last one it matched, so later
/// waits only see later events. Failures throw <see cref="EventExpectationException"/>.
/// </summary>
/// <remarks>
/// Timeouts default to <see cref="EventProbeOptions.DefaultTimeout"/> (5 s) and every timeout and duration is
/// multiplied by the time factor (<c>SSOT_TIMEFACTOR</c>). Inside <see cref="WithinAsync(TimeSpan, Func{Task})"/> each
/// wait gets the smaller of its own timeout and the time left. Every timestamp and timer is on
/// <see cref="EventProbeOptions.Clock"/> (default <see cref="TimeProvider.System"/>). Not thread-safe: use one probe
/// from one flow at a time (several probes on one source are fine).
/// </remarks>
public sealed partial class EventProbe
{
    private readonly IEventSource _source;
    private readonly TimeSpan _defaultTimeout;
    private readonly TimeProvider _clock;
    private int _cursor;

    /// <summary>Creates a probe whose cursor starts at the source's first event.</summary>
    /// <param name="source">The events to wait on.</param>
    /// <param name="options">Options; defaults as documented on <see cref="EventProbeOptions"/>.</param>
    /// <exception cref="Common.SsotSettingException"><c>SSOT_TIMEFACTOR</c> is invalid.</exception>
    public EventProbe(IEventSource source, EventProbeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        _source = source;
        options ??= new EventProbeOptions();
        Factor = options.TimeFactor ?? TimeFactor.Current;
        _defaultTimeout = TimeFactor.Dilate(options.DefaultTimeout, Factor);
        _clock = options.Clock ?? TimeProvider.System;
    }

    /// <summary>Gets the source the probe waits on.</summary>
    public IEventSource Source => _source;

    /// <summary>Gets the time factor applied to timeouts and durations.</summary>
    public double Factor { get; }

    /// <summary>Gets the number of events consumed so far (the index of the next event the probe will look at).</summary>
    public int Cursor => _cursor;

    /// <summary>Waits for the first event of <paramref name="type"/> at or after the cursor, skipping others, and consumes up to it.</summary>
    /// <param name="type">The event type.</param>
    /// <param name="timeout">The timeout before the time factor; default <see cref="EventProbeOptions.DefaultTimeout"/>.</param>
    /// <returns>The matching event.</returns>
    public Task<ObservedEvent> ExpectAsync(string type, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(type);
        return ExpectAsync(EventMatcher.OfType(type), timeout);
    }

    /// <summary>Waits for the first event satisfying <paramref name="predicate"/>, skipping others, and consumes up to it.</summary>
    /// <param name="predicate">The condition.</param>
    /// <param name="timeout">The timeout before the time factor; default <see cref="EventProbeOptions.DefaultTimeout"/>.</param>
    /// <returns>The matching event.</returns>
    public Task<ObservedEvent> ExpectAsync(Func<ObservedEvent, bool> predicate, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        return ExpectAsync(EventMatcher.Where("event matching predicate", predicate), timeout);
    }

    /// <summary>Waits for the first event matching <paramref name="matcher"/>, skipping others, and consumes up to it.</summary>
    /// <param name="matcher">The expectation.</param>
    /// <param name="timeout">The timeout before the time factor; default <see cref="EventProbeOptions.DefaultTimeout"/>.</param>
    /// <returns>The matching event.</returns>
    public async Task<ObservedEvent> ExpectAsync(EventMatcher matcher, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        string operation = $"ExpectAsync({matcher.Description})";
        ProbeWindow window = OpenWindow(operation, timeout);
        int index = _cursor;
        while (true)
        {
            IReadOnlyList<ObservedEvent> events = _source.Snapshot();
            for (; index < events.Count; index++)
            {
                if (matcher.Matches(events[index]))
                {
                    _cursor = index + 1;
                    return events[index];
                }
            }

            string? stop = await WaitAsync(index, window).ConfigureAwait(false);
            if (stop is not null)
            {
                throw (Failure(operation, stop, window) with { Expected = [matcher.Description], Missing = [matcher.Description] }).ToException();
            }
        }
    }

    /// <summary>
    /// Asserts that for <paramref name="duration"/> (times the factor, cut short by an enclosing deadline) no event
    /// matching <paramref name="matcher"/> (any event when <see langword="null"/>) is at or after the cursor. Fails at
    /// once with the offending event. Consumes nothing.
    /// </summary>
    /// <param name="duration">How long to watch, before the time factor.</param>
    /// <param name="matcher">Which events are forbidden; default: any event.</param>
    /// <returns>A task that completes when the duration passed quietly.</returns>
    public async Task ExpectNoEventAsync(TimeSpan duration, EventMatcher? matcher = null)
    {
        matcher ??= EventMatcher.Where("any event", _ => true);
        string operation = $"ExpectNoEventAsync({ProbeFailure.Ms(duration)}, {matcher.Description})";
        ProbeWindow window = OpenWindow(operation, duration);
        int index = _cursor;
        while (true)
        {
            IReadOnlyList<ObservedEvent> events = _source.Snapshot();
            for (; index < events.Count; index++)
            {
                if (matcher.Matches(events[index]))
                {
                    throw (Failure(operation, $"a forbidden event arrived: {events[index].Describe()}", window) with
                    {
                        Expected = [$"no {matcher.Description}"], Unexpected = [events[index]],
                    }).ToException();
                }
            }

            if (await WaitAsync(index, window).ConfigureAwait(false) is not null)
            {
                return;
            }
        }
    }

    /// <summary>Like <see cref="ExpectNoEventAsync(TimeSpan, EventMatcher?)"/> with a predicate.</summary>
    /// <param name="duration">How long to watch, before the time factor.</param>
    /// <param name="predicate">Which events are forbidden.</param>
    /// <returns>A task that completes when the duration passed quietly.</returns>
    public Task ExpectNoEventAsync(TimeSpan duration, Func<ObservedEvent, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        return ExpectNoEventAsync(duration, EventMatcher.Where("event matching predicate", predicate));
    }

    /// <summary>
    /// Runs <paramref name="body"/> under one deadline, <paramref name="max"/> times the factor from now (or the
    /// enclosing deadline if nearer), shared by every probe wait inside it, on any probe. A wait that starts after the
    /// deadline fails at once with "deadline". The deadline bounds probe waits only: it does not cancel other work in the body.
    /// </summary>
    /// <param name="max">The time allowed, before the time factor.</param>
    /// <param name="body">The waits to run.</param>
    /// <returns>A task that completes when the body does.</returns>
    public async Task WithinAsync(TimeSpan max, Func<Task> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        await WithinAsync(max, async () =>
        {
            await body().ConfigureAwait(false);
            return true;
        }).ConfigureAwait(false);
    }

    /// <summary>Like <see cref="WithinAsync(TimeSpan, Func{Task})"/>, returning the body's result.</summary>
    /// <typeparam name="T">The result type.</typeparam>
    /// <param name="max">The time allowed, before the time factor.</param>
    /// <param name="body">The waits to run.</param>
    /// <returns>The body's result.</returns>
    public async Task<T> WithinAsync<T>(TimeSpan max, Func<Task<T>> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        WithinDeadline? outer = ProbeWindow.Enclosing;
        var deadline = new WithinDeadline(_clock, TimeFactor.Dilate(max, Factor), outer);
        ProbeWindow.Enclosing = deadline;
        try
        {
            return await body().ConfigureAwait(false);
        }
        finally
        {
            ProbeWindow.Enclosing = outer;
        }
    }

    private ProbeWindow OpenWindow(string operation, TimeSpan? timeout)
    {
        TimeSpan own = TimeFactor.Dilate(timeout ?? TimeSpan.Zero, Factor);
        var window = ProbeWindow.Open(_clock, timeout is null ? _defaultTimeout : own, out WithinDeadline? enclosing);
        if (window is not null)
        {
            return window;
        }

        throw new ProbeFailure
        {
            Operation = operation, SourceName = _source.Name,
            Reason = $"the shared deadline of the enclosing {enclosing!.Describe()} was already exhausted before this wait started",
            Received = Pending(), Allowed = TimeSpan.Zero,
        }.ToException();
    }

    /// <returns><see langword="null"/> when more events came, else why the wait stopped.</returns>
    private async Task<string?> WaitAsync(int knownCount, ProbeWindow window)
    {
        TimeSpan remaining = window.Remaining;
        if (_source.Count > knownCount)
        {
            return null;
        }

        if (_source.IsCompleted)
        {
            return "the source completed (no more events will arrive)";
        }

        if (remaining != Timeout.InfiniteTimeSpan && remaining <= TimeSpan.Zero)
        {
            return TimedOutReason(window);
        }

        using var timer = new CancellationTokenSource(remaining, _clock);
        try
        {
            await _source.WaitForMoreAsync(knownCount, timer.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timer.IsCancellationRequested)
        {
            return TimedOutReason(window);
        }

        return _source.Count > knownCount || !_source.IsCompleted ? null : "the source completed (no more events will arrive)";
    }

    private static string TimedOutReason(ProbeWindow window) => window.DeadlineNote is null
        ? "timed out"
        : "timed out at the shared deadline";

    private ProbeFailure Failure(string operation, string reason, ProbeWindow window) => new()
    {
        Operation = operation, SourceName = _source.Name, Reason = reason, Received = Pending(),
        Elapsed = window.Elapsed, Allowed = window.Allowed, DeadlineNote = window.DeadlineNote,
    };

    private IReadOnlyList<ObservedEvent> Pending() => _source.Snapshot().Skip(_cursor).ToArray();
}
