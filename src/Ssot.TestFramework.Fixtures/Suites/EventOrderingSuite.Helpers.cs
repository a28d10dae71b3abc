using System.Globalization;
using Ssot.TestFramework.Fixtures.Events;
using Ssot.TestFramework.Users;

namespace Ssot.TestFramework.Fixtures.Suites;

/// <content>The load both concurrent checks share, how late events are found, and the helpers shared by all checks.</content>
public abstract partial class EventOrderingSuite
{
    private readonly SessionTracker _sessions = new();

    /// <summary>
    /// Makes <paramref name="session"/> run <paramref name="run"/> and waits for its completion event. When it does not
    /// arrive, the failure says what the user received instead and on which other connection of the test the run's
    /// events went.
    /// </summary>
    /// <param name="session">The session.</param>
    /// <param name="run">The run.</param>
    /// <returns>The events of that run received so far, in arrival order.</returns>
    /// <exception cref="SuiteCheckException">The completion event did not arrive within <see cref="RunTimeout"/>.</exception>
    protected Task<IReadOnlyList<ObservedEvent>> RunToCompletionAsync(UserSession session, RunId run)
    {
        ArgumentNullException.ThrowIfNull(session);
        return _sessions.RunToCompletionAsync(session, run, CompletionEventType, RunTimeout, Replay);
    }

    /// <summary>Connects <paramref name="user"/> through <paramref name="harness"/> and remembers the session for this test's messages.</summary>
    private Task<UserSession> ConnectAsync(UserIsolationHarness harness, UserContext user, CancellationToken cancellationToken) =>
        _sessions.ConnectAsync(harness, user, Replay, cancellationToken);

    /// <summary>Gets the ids of <paramref name="count"/> runs of <paramref name="user"/>: its own run id, then that id with <c>_2</c>, <c>_3</c>….</summary>
    /// <param name="user">The user.</param>
    /// <param name="count">How many runs.</param>
    /// <returns>The run ids.</returns>
    protected static IReadOnlyList<RunId> RunsOf(UserContext user, int count)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Enumerable.Range(1, count).Select(k => k == 1 ? user.RunId : new RunId($"{user.RunId.Value}_{k}")).ToList();
    }

    private async Task<IReadOnlyList<string>> RunAllAsync(UserSession session, IReadOnlyList<RunId> runs)
    {
        var incomplete = new List<string>();
        Task[] all = runs.Select(r => RunToCompletionAsync(session, r)).ToArray();
        try
        {
            await Task.WhenAll(all).ConfigureAwait(false);
        }
        catch (SuiteCheckException)
        {
            incomplete.AddRange(all.Where(t => t.IsFaulted).Select(t => t.Exception!.InnerException!.Message));
        }

        return incomplete;
    }

    private async Task<(UserSession Session, RunId Run)> ConnectOneAsync()
    {
        UserIsolationHarness harness = StartHarness();
        UserContext user = Users.Create();
        UserSession session = await ConnectAsync(harness, user, CancellationToken.None).ConfigureAwait(false);
        return (session, user.RunId);
    }

    private async Task<LoadResult> RunLoadAsync()
    {
        UserIsolationHarness harness = StartHarness();
        IReadOnlyList<UserContext> users = Users.Create(ConcurrentUsers);
        IReadOnlyList<UserSession> sessions = await ConnectAllAsync(users, (user, ct) => ConnectAsync(harness, user, ct)).ConfigureAwait(false);
        var runs = sessions.ToDictionary(s => s, s => RunsOf(s.User, Math.Max(1, RunsPerUser)));
        var bySession = sessions.ToDictionary(s => s.User);

        ConcurrentUserRun<bool> worked;
        using (Measure("concurrent_runs"))
        {
            worked = await Users.RunConcurrentlyAsync(users, async (user, _) =>
            {
                UserSession session = bySession[user];
                await Task.WhenAll(runs[session].Select(r => RunToCompletionAsync(session, r))).ConfigureAwait(false);
                return true;
            }).ConfigureAwait(false);
        }

        RecordMetric("concurrent_users", users.Count, "users");
        // Judged on the complete logs: a misrouted or extra event fails however late it comes (watched until each client closed).
        await Task.WhenAll(sessions.Select(s => s.DisconnectAsync(CancellationToken.None))).ConfigureAwait(false);
        return new LoadResult(sessions, runs, worked.Failures.Select(f => SessionRuns.Describe(f.Exception!, _sessions.SessionsWithRuns)).ToList());
    }

    private UserIsolationHarness StartHarness() => StartHarness(CreateHarness());

    private List<string> CheckOwnRuns(UserSession session, IReadOnlyList<RunId> runs)
    {
        var problems = new List<string>();
        IReadOnlyList<ObservedEvent> received = session.Received.Snapshot();
        foreach (RunId run in runs)
        {
            var events = received.Where(e => e.RunId == run.Value && e.UserId == session.User.UserId.Value).ToList();
            string prefix = $"user {session.User.UserId} run {run}";
            if (events.Count == 0)
            {
                problems.Add($"{prefix}: received no event");
                continue;
            }

            List<string> missing = MissingCriticalEvents(events);
            if (missing.Count > 0)
            {
                problems.Add($"{prefix}: {string.Join("; ", missing)}; received {Types(events)}");
            }

            IReadOnlyList<ProtocolViolation> violations = Protocol.Validate(events);
            if (violations.Count > 0)
            {
                problems.Add($"{prefix}: {violations.Count} protocol violation(s), first out-of-order event {FirstOffender(violations)}: {violations[0]}; arrival order {Positions(events)}");
            }
        }

        return problems;
    }

    private List<string> MissingCriticalEvents(IReadOnlyList<ObservedEvent> events)
    {
        var problems = new List<string>();
        var types = events.Select(e => e.Type).ToHashSet(StringComparer.Ordinal);
        var absent = CriticalEventTypes.Where(t => !types.Contains(t)).ToList();
        if (absent.Count > 0)
        {
            problems.Add($"missing [{string.Join(", ", absent)}]");
        }

        var toolTypes = events.Where(e => e.ToolCallId is not null && CriticalEventTypes.Contains(e.Type)).Select(e => e.Type).ToHashSet(StringComparer.Ordinal);
        foreach (IGrouping<string, ObservedEvent> call in events.Where(e => e.ToolCallId is not null).GroupBy(e => e.ToolCallId!, StringComparer.Ordinal))
        {
            var lacking = toolTypes.Where(t => !call.Any(e => e.Type == t)).OrderBy(t => t, StringComparer.Ordinal).ToList();
            if (lacking.Count > 0)
            {
                problems.Add($"tool call '{call.Key}' is missing [{string.Join(", ", lacking)}]");
            }
        }

        return problems;
    }

    private static string? ForeignEvents(UserSession session, IReadOnlyList<RunId> ownRuns, IReadOnlyDictionary<UserSession, IReadOnlyList<RunId>> issued) =>
        EventOwnership.ForeignEvents(session, ownRuns, issued.Select(i => new IssuedIdentity(i.Key.User, i.Value)).ToList());

    private static string FirstOffender(IReadOnlyList<ProtocolViolation> violations)
    {
        ProtocolViolation first = violations.FirstOrDefault(v => v.Event is not null) ?? violations[0];
        return first.Event is null ? first.Message : $"{first.Event.Describe()} at position [{first.Position}]";
    }

    private static string Types(IEnumerable<ObservedEvent> events) => "[" + string.Join(", ", events.Select(e => e.Type)) + "]";

    private static string Positions(IEnumerable<ObservedEvent> events) => string.Join(", ", events.Select((e, i) => $"[{i}] {e.Type}"));

    /// <summary>
    /// Lists, per run, the events of that run received after its first completion event, each with its delay: its
    /// receive time minus the completion's receive time, both from the client's own timestamps.
    /// </summary>
    private List<string> LateEvents(IReadOnlyList<ObservedEvent> received, IReadOnlyList<RunId> runs)
    {
        const int LateEventsListed = 5;
        var problems = new List<string>();
        foreach (RunId run in runs)
        {
            var events = received.Where(e => e.RunId == run.Value).ToList();
            int completion = events.FindIndex(e => e.Type == CompletionEventType);
            if (completion < 0 || completion == events.Count - 1)
            {
                continue;
            }

            ObservedEvent completed = events[completion];
            var late = events.Skip(completion + 1).ToList();
            string listed = string.Join("; ", late.Take(LateEventsListed).Select(e => $"{e.Describe()} {Delay(completed, e)} later"));
            string more = late.Count > LateEventsListed ? $"; and {late.Count - LateEventsListed} more" : string.Empty;
            problems.Add($"run {run}: {late.Count} event(s) after {completed.Describe()}: {listed}{more}");
        }

        return problems;
    }

    private static string Delay(ObservedEvent completed, ObservedEvent late) =>
        (late.Timestamp - completed.Timestamp).TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture) + " ms";

    private sealed record LoadResult(IReadOnlyList<UserSession> Sessions, IReadOnlyDictionary<UserSession, IReadOnlyList<RunId>> Runs, IReadOnlyList<string> Failures);
}
