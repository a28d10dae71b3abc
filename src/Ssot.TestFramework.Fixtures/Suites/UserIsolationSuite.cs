using Ssot.TestFramework.Fixtures.Events;
using Ssot.TestFramework.Users;
using Xunit.Abstractions;

namespace Ssot.TestFramework.Fixtures.Suites;

/// <summary>
/// Ready-made checks that users of a running system are isolated: one user's events never reach another (judged by
/// every id the harness issued: user, run, thread and connection), concurrent users each receive exactly their own
/// events with none lost, state is invisible across users, commands claiming another identity are not attributed to
/// it, a disconnect or abort (also during a run) releases the connection and leaks nothing of the run, and a reconnect
/// starts clean with new work carrying only the new ids.
/// </summary>
/// <remarks>
/// Inherit it and override <see cref="CreateHarness"/>. Every check is a <c>public virtual</c> test method; see
/// <see cref="FactoryComplianceSuite{TManager}"/> for how to declare one expected to fail or skip it. A check that does
/// not apply (no state API, no system roots) throws <see cref="SsotSkipException"/> and is never reported as passed.
/// </remarks>
public abstract partial class UserIsolationSuite : SsotSuite
{
    private const string StateKey = "ssot-isolation-probe";

    private readonly SessionTracker _sessions = new();

    /// <summary>Initializes the suite from the output helper xUnit injects.</summary>
    /// <param name="output">The <see cref="ITestOutputHelper"/> of the running test.</param>
    protected UserIsolationSuite(ITestOutputHelper output)
        : base(output)
    {
    }

    /// <summary>Initializes the suite with an explicit test identity (custom runners, testing the suite).</summary>
    /// <param name="output">Where test output goes.</param>
    /// <param name="identity">The running test's identity.</param>
    protected UserIsolationSuite(ITestOutputHelper output, SsotTestIdentity identity)
        : base(output, identity)
    {
    }

    /// <summary>Gets how many users work at once in the concurrency check. Default: 100.</summary>
    protected virtual int ConcurrentUsers => 100;

    /// <summary>Gets the type of the event that ends a run. Default: <c>agent_completed</c>.</summary>
    protected virtual string CompletionEventType => "agent_completed";

    /// <summary>Gets how long a run may take before the check fails (scaled by <c>SSOT_TIMEFACTOR</c>). Default: 10 s.</summary>
    protected virtual TimeSpan RunTimeout => TimeSpan.FromSeconds(10);

    /// <summary>Gets how long the suite watches for stray events after the work is done (scaled by <c>SSOT_TIMEFACTOR</c>). Default: 200 ms.</summary>
    protected virtual TimeSpan QuietPeriod => TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// Gets the type of the event with which the system refuses a command (e.g. one claiming another identity); it must
    /// carry the run id of the refused command, or none. Default: <c>error</c>.
    /// </summary>
    protected virtual string RefusalEventType => "error";

    /// <summary>Creates the harness for one test; the suite disposes it at the end of the test.</summary>
    /// <returns>The harness.</returns>
    protected abstract UserIsolationHarness CreateHarness();

    /// <summary>Events produced for one user never reach another user, and an idle user receives nothing.</summary>
    /// <returns>A task.</returns>
    [SsotComplianceFact]
    public virtual async Task Events_ForOneUser_NeverReachAnother()
    {
        IReadOnlyList<UserSession> sessions = await ConnectInTurnAsync(3).ConfigureAwait(false);
        var runs = new Dictionary<UserSession, RunId> { [sessions[0]] = sessions[0].User.RunId, [sessions[1]] = sessions[1].User.RunId };
        foreach ((UserSession session, RunId run) in runs)
        {
            await RunToCompletionAsync(session, run).ConfigureAwait(false);
        }

        await Task.Delay(Scaled(QuietPeriod)).ConfigureAwait(false);
        var problems = sessions.Select(s => ForeignEvents(s, runs.TryGetValue(s, out RunId r) ? [r] : [])).Where(p => p is not null).ToList();
        if (problems.Count > 0)
        {
            Fail($"Expected each user to receive only events carrying its own ids (user, run, thread, connection; {sessions.Count} users, {runs.Count} runs):", problems!);
        }
    }

    /// <summary>With <see cref="ConcurrentUsers"/> users working at once, each receives exactly its own run's events, none lost and none foreign.</summary>
    /// <returns>A task.</returns>
    [SsotComplianceFact]
    public virtual async Task ConcurrentUsers_EachReceiveExactlyTheirOwnEvents()
    {
        UserIsolationHarness harness = StartHarness();
        UserContext soloUser = Users.Create();
        UserSession solo = await ConnectAsync(harness, soloUser).ConfigureAwait(false);
        IReadOnlyList<string> reference = (await RunToCompletionAsync(solo, soloUser.RunId).ConfigureAwait(false)).Select(e => e.Type).ToList();

        IReadOnlyList<UserContext> users = Users.Create(ConcurrentUsers);
        IReadOnlyList<UserSession> sessions = await ConnectAllAsync(users, (user, ct) => ConnectAsync(harness, user, ct)).ConfigureAwait(false);

        ConcurrentUserRun<IReadOnlyList<ObservedEvent>> worked;
        using (Measure("concurrent_runs"))
        {
            worked = await Users.RunConcurrentlyAsync(users, (user, _) => RunToCompletionAsync(sessions.Single(s => s.User == user), user.RunId)).ConfigureAwait(false);
        }

        RecordMetric("concurrent_users", users.Count, "users");
        await Task.Delay(Scaled(QuietPeriod)).ConfigureAwait(false);
        // Foreign deliveries come first (they are the cause), then lost or extra events, then runs that never completed.
        var problems = new List<string>();
        problems.AddRange(sessions.Select(s => ForeignEvents(s, [s.User.RunId])).OfType<string>());
        problems.AddRange(sessions.Select(s => CompareToReference(s, reference)).OfType<string>());

        problems.AddRange(worked.Failures.Select(f => SessionRuns.Describe(f.Exception!, _sessions.SessionsWithRuns)));
        if (problems.Count > 0)
        {
            Fail($"Expected each of {users.Count} concurrent users to receive exactly its own run's events ({string.Join(", ", reference)}), {problems.Count} problem(s):", problems);
        }
    }

    /// <summary>State written for one user is invisible to another.</summary>
    /// <returns>A task.</returns>
    [SsotComplianceFact]
    public virtual async Task State_WrittenForOneUser_IsInvisibleToAnother()
    {
        IReadOnlyList<UserSession> sessions = await ConnectInTurnAsync(2).ConfigureAwait(false);
        (UserSession owner, UserSession other) = (sessions[0], sessions[1]);
        string secret = $"secret-of-{owner.User.UserId}";

        await StateAsync(() => owner.WriteStateAsync(StateKey, secret, CancellationToken.None)).ConfigureAwait(false);
        string? seen = await StateAsync(() => other.ReadStateAsync(StateKey, CancellationToken.None)).ConfigureAwait(false);

        if (seen == secret)
        {
            Fail($"Expected user {other.User.UserId} not to see state written by {owner.User.UserId}:", [$"key '{StateKey}': expected absent or its own value, read '{seen}'"]);
        }
    }
}
