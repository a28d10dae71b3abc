using Ssot.TestFramework.Fixtures.Events;
using Ssot.TestFramework.Users;

namespace Ssot.TestFramework.Fixtures.Suites;

/// <content>The load both concurrent checks share, and the helpers shared by all checks.</content>
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
        _sessions.AddRun(session, run);
        return SessionRuns.RunToCompletionAsync(session, run, CompletionEventType, RunTimeout, Replay, () => _sessions.SessionsWithRuns);
    }

    /// <summary>Connects <paramref name="user"/> through <paramref name="harness"/> and remembers the session for this test's messages.</summary>
    private async Task<UserSession> ConnectAsync(UserIsolationHarness harness, UserContext user, CancellationToken cancellationToken)
    {
        UserSession session = await harness.ConnectAsync(user, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"{harness.GetType().Name}.ConnectAsync returned null for user {user.UserId}.");
        return _sessions.Add(session);
    }

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
        var connected = await Users.RunConcurrentlyAsync(users, (user, ct) => ConnectAsync(harness, user, ct)).ConfigureAwait(false);
        connected.ThrowIfAnyFailed();
        var sessions = connected.Outcomes.Select(o => o.Result!).ToList();
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

    private UserIsolationHarness StartHarness()
    {
        UserIsolationHarness harness = CreateHarness() ?? throw new InvalidOperationException($"{GetType().Name}.CreateHarness() returned null.");
        DisposeAtEnd(harness);
        return harness;
    }

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
            if (missing.Count > 0) problems.Add($"{prefix}: {string.Join("; ", missing)}; received {Types(events)}");
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
        List<string> absent = CriticalEventTypes.Where(t => !types.Contains(t)).ToList();
        if (absent.Count > 0) problems.Add($"missing [{string.Join(", ", absent)}]");
        var toolTypes = events.Where(e => e.ToolCallId is not null && CriticalEventTypes.Contains(e.Type)).Select(e => e.Type).ToHashSet(StringComparer.Ordinal);
        foreach (IGrouping<string, ObservedEvent> call in events.Where(e => e.ToolCallId is not null).GroupBy(e => e.ToolCallId!, StringComparer.Ordinal))
        {
            List<string> lacking = toolTypes.Where(t => !call.Any(e => e.Type == t)).OrderBy(t => t, StringComparer.Ordinal).ToList();
            if (lacking.Count > 0) problems.Add($"tool call '{call.Key}' is missing [{string.Join(", ", lacking)}]");
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

    private string Replay => SuiteFailure.Replay(Seed);

    private void Fail(string headline, IReadOnlyList<string> problems) => throw SuiteFailure.Create(headline, problems, Seed);

    private sealed record LoadResult(IReadOnlyList<UserSession> Sessions, IReadOnlyDictionary<UserSession, IReadOnlyList<RunId>> Runs, IReadOnlyList<string> Failures);
}
