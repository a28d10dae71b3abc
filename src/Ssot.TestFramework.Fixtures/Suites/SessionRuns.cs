using Ssot.TestFramework.Fixtures.Events;
using Ssot.TestFramework.Users;

namespace Ssot.TestFramework.Fixtures.Suites;

/// <summary>Runs work on a <see cref="UserSession"/> and waits for its completion event; shared by the socket suites.</summary>
internal static class SessionRuns
{
    private const int Shown = 5;

    public static async Task<IReadOnlyList<ObservedEvent>> RunToCompletionAsync(
        UserSession session, RunId run, string completionEventType, TimeSpan timeout, string replay, Func<IReadOnlyList<IssuedSession>>? others = null)
    {
        ArgumentNullException.ThrowIfNull(session);
        int before = session.Received.Count;
        await session.StartWorkAsync(run, CancellationToken.None).ConfigureAwait(false);
        await CompletionAsync(session, run, completionEventType, timeout, replay, before, others).ConfigureAwait(false);
        return session.Received.Snapshot().Where(e => e.RunId == run.Value).ToList();
    }

    /// <summary>
    /// Waits for the completion event of a run already started on <paramref name="session"/>; when it does not arrive,
    /// the failure says what arrived instead since event <paramref name="receivedBefore"/> and on which other connection
    /// of the test the run's events went.
    /// </summary>
    public static async Task CompletionAsync(
        UserSession session, RunId run, string completionEventType, TimeSpan timeout, string replay, int receivedBefore = 0, Func<IReadOnlyList<IssuedSession>>? others = null)
    {
        ArgumentNullException.ThrowIfNull(session);
        var probe = new EventProbe(session.Received, new EventProbeOptions { DefaultTimeout = timeout });
        try
        {
            await probe.ExpectAsync(e => e.Type == completionEventType && e.RunId == run.Value).ConfigureAwait(false);
        }
        catch (EventExpectationException ex)
        {
            throw Incomplete(session, run, completionEventType, receivedBefore, replay, ex, others?.Invoke() ?? []);
        }
    }

    /// <summary>
    /// Waits for the completions of runs already started on <paramref name="session"/>, in whatever order they arrive,
    /// for as long as they keep arriving: the wait fails only when none of the runs still open completes within
    /// <paramref name="timeout"/> of the previous completion (the first, of the call). A backlog that drains over one
    /// connection thus gets the time its size needs, and a stall is still caught one <paramref name="timeout"/> after
    /// the last progress. One waiter follows the log, however many runs there are.
    /// </summary>
    /// <returns>One <see cref="SuiteCheckException"/> per run that did not complete (as <see cref="CompletionAsync"/> words it), in the order of <paramref name="runs"/>.</returns>
    public static async Task<IReadOnlyList<Exception>> BacklogCompletionsAsync(
        UserSession session, IReadOnlyList<RunId> runs, string completionEventType, TimeSpan timeout, string replay, int receivedBefore, Func<IReadOnlyList<IssuedSession>> others)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(runs);
        var open = new HashSet<string>(runs.Select(r => r.Value), StringComparer.Ordinal);
        var probe = new EventProbe(session.Received, new EventProbeOptions { DefaultTimeout = timeout });
        EventExpectationException? stalled = null;
        while (open.Count > 0)
        {
            try
            {
                ObservedEvent done = await probe.ExpectAsync(EventMatcher.Where(
                    $"{completionEventType} of one of the {open.Count} run(s) still open",
                    e => e.Type == completionEventType && e.RunId is { } id && open.Contains(id))).ConfigureAwait(false);
                open.Remove(done.RunId!);
            }
            catch (EventExpectationException ex)
            {
                stalled = ex;
                break;
            }
        }

        return stalled is null
            ? []
            : runs.Where(r => open.Contains(r.Value)).Select(r => (Exception)Incomplete(session, r, completionEventType, receivedBefore, replay, stalled, others())).ToList();
    }

    /// <summary>The failure of a run whose completion did not arrive, worded with what the logs hold now.</summary>
    private static SuiteCheckException Incomplete(
        UserSession session, RunId run, string completionEventType, int receivedBefore, string replay, EventExpectationException cause, IReadOnlyList<IssuedSession> others)
    {
        var incomplete = new IncompleteRunException(session, run, completionEventType, receivedBefore, replay, cause);
        return new SuiteCheckException(incomplete.Word(others), incomplete);
    }

    /// <summary>
    /// Gets the message of a failed run for a verdict given after the clients closed: a run that did not complete is
    /// worded again from the complete logs (events on their way to another connection when the run failed have arrived
    /// by then), anything else keeps its message.
    /// </summary>
    public static string Describe(Exception failure, IReadOnlyList<IssuedSession> others)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return failure is SuiteCheckException { InnerException: IncompleteRunException incomplete } ? incomplete.Word(others) : failure.Message;
    }

    /// <summary>
    /// Words a run that did not complete: what the user received instead since the work started, and on which other
    /// connections of the same test the run's events arrived.
    /// </summary>
    public static string DidNotComplete(UserSession session, RunId run, string completionEventType, int receivedBefore, IReadOnlyList<IssuedSession> others)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(others);
        IReadOnlyList<ObservedEvent> since = session.Received.Snapshot().Skip(receivedBefore).ToList();
        string instead = since.Count == 0
            ? "it received nothing since the work started"
            : $"it received instead {since.Count} event(s): {string.Join(", ", since.Take(Shown).Select(e => e.Describe()))}{(since.Count > Shown ? ", …" : string.Empty)}";
        // Events of the missing run on another connection that are not that connection's own.
        var elsewhere = others
            .Where(o => !ReferenceEquals(o.Session, session))
            .Select(o => (o.Session, Count: o.Session.Received.Snapshot().Count(e => e.RunId == run.Value && !EventOwnership.IsOwn(e, o.Session.User, o.Runs))))
            .Where(o => o.Count > 0)
            .Select(o => $"user {o.Session.User.UserId}'s connection ({o.Count} event(s))")
            .ToList();
        string where = elsewhere.Count == 0 ? string.Empty : $"; its events arrived on {string.Join(", ", elsewhere)}";
        return $"User {session.User.UserId}: run {run} did not complete ({completionEventType} for it never arrived); {instead}{where}.";
    }

    /// <summary>
    /// Waits until one of <paramref name="sources"/> holds, at or after its start index, an event its predicate accepts,
    /// or all sources completed, or <paramref name="timeout"/> passed.
    /// </summary>
    /// <returns><see langword="true"/> when such an event arrived.</returns>
    public static async Task<bool> WaitForAnyAsync(IReadOnlyList<(IEventSource Source, int From, Func<ObservedEvent, bool> Accepts)> sources, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(sources);
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            var waits = new List<Task>(sources.Count);
            foreach ((IEventSource source, int from, Func<ObservedEvent, bool> accepts) in sources)
            {
                int count = source.Count;
                if (source.Snapshot().Skip(from).Any(accepts))
                {
                    return true;
                }

                if (!source.IsCompleted)
                {
                    waits.Add(source.WaitForMoreAsync(count, deadline.Token));
                }
            }

            if (waits.Count == 0)
            {
                return false;
            }

            try
            {
                await (await Task.WhenAny(waits).ConfigureAwait(false)).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return sources.Any(s => s.Source.Snapshot().Skip(s.From).Any(s.Accepts));
            }
        }
    }
}

/// <summary>What a run that did not complete needs to be worded again later: the session, the run, where it started.</summary>
internal sealed class IncompleteRunException(UserSession session, RunId run, string completionEventType, int receivedBefore, string replay, EventExpectationException cause)
    : Exception(cause.Message, cause)
{
    /// <summary>Words the failure with what the logs hold now.</summary>
    public string Word(IReadOnlyList<IssuedSession> others) =>
        $"{SessionRuns.DidNotComplete(session, run, completionEventType, receivedBefore, others)} {Message} {replay}";
}
