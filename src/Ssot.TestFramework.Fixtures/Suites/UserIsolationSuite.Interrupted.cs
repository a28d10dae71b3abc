using Ssot.TestFramework.Fixtures.Events;
using Ssot.TestFramework.Isolation;
using Ssot.TestFramework.Users;

namespace Ssot.TestFramework.Fixtures.Suites;

/// <content>Connections that end abruptly: an abort (no close handshake), and a disconnect or abort while a run is in flight.</content>
public abstract partial class UserIsolationSuite
{
    /// <summary>What a connection recorded of its events (the kit's own observation, e.g. an <see cref="EventLog"/>) is not state the two users share.</summary>
    private static readonly IsolationOptions s_observed = new() { AllowedSharedTypes = [typeof(EventLog), typeof(ObservedEvent)] };

    /// <summary>
    /// After a user's connection is aborted (dropped without a close handshake, <see cref="UserSession.AbortAsync"/>),
    /// nothing the system holds (<see cref="UserIsolationHarness.SystemRoots"/>) reaches that user's connection.
    /// </summary>
    /// <returns>A task.</returns>
    [SsotComplianceFact]
    public virtual Task Abort_SystemKeepsNoReferenceToTheConnection() => ReleasedAfterAsync(abort: true);

    /// <summary>
    /// A user disconnects while its run is in flight (after the run's first event arrived): the system keeps no reference
    /// to the connection, and nothing of the interrupted run reaches any other connection: neither one already open, nor
    /// one another user opens right after (it connects, runs its own work, and its log is judged by every id).
    /// </summary>
    /// <returns>A task.</returns>
    [SsotComplianceFact]
    public virtual Task Disconnect_DuringARun_LeavesNothingBehind() => InterruptedRunAsync(abort: false);

    /// <summary>Like <see cref="Disconnect_DuringARun_LeavesNothingBehind"/>, with the connection aborted (no close handshake).</summary>
    /// <returns>A task.</returns>
    [SsotComplianceFact]
    public virtual Task Abort_DuringARun_LeavesNothingBehind() => InterruptedRunAsync(abort: true);

    private async Task ReleasedAfterAsync(bool abort)
    {
        UserIsolationHarness harness = StartHarness();
        UserContext user = Users.Create();
        UserSession session = await ConnectAsync(harness, user).ConfigureAwait(false);
        await RunToCompletionAsync(session, user.RunId).ConfigureAwait(false);
        object connection = RequireConnection(harness, session);
        await EndAsync(session, abort).ConfigureAwait(false);

        List<string> problems = HeldBySystem(harness, session, connection);
        if (problems.Count > 0)
        {
            Fail($"Expected the system to hold no reference to user {user.UserId}'s connection after {(abort ? "an abort (no close handshake)" : "disconnect")}:", problems);
        }
    }

    private async Task InterruptedRunAsync(bool abort)
    {
        UserIsolationHarness harness = StartHarness();
        IReadOnlyList<UserContext> users = Users.Create(3);
        UserSession leaver = await ConnectAsync(harness, users[0]).ConfigureAwait(false);
        UserSession bystander = await ConnectAsync(harness, users[1]).ConfigureAwait(false);
        RunId run = leaver.User.RunId;
        _sessions.AddRun(leaver, run);
        var probe = new EventProbe(leaver.Received, new EventProbeOptions { DefaultTimeout = RunTimeout });
        int before = leaver.Received.Count;
        await leaver.StartWorkAsync(run, CancellationToken.None).ConfigureAwait(false);
        try
        {
            await probe.ExpectAsync(e => e.RunId == run.Value).ConfigureAwait(false);
        }
        catch (EventExpectationException ex)
        {
            throw Failure($"{SessionRuns.DidNotComplete(leaver, run, "a first event", before, _sessions.SessionsWithRuns)} The run must be in flight before the user leaves. {ex.Message}", ex);
        }

        object? connection = leaver.Connection;
        await EndAsync(leaver, abort).ConfigureAwait(false);
        var problems = new List<string>();
        if (connection is not null && harness.SystemRoots.Count > 0)
        {
            problems.AddRange(HeldBySystem(harness, leaver, connection));
        }
        else
        {
            Output.WriteLine("The system's references to the interrupted connection were not checked: the harness exposes no Connection or no SystemRoots.");
        }

        UserSession next = await ConnectAsync(harness, users[2]).ConfigureAwait(false);
        try
        {
            await RunToCompletionAsync(next, next.User.RunId).ConfigureAwait(false);
        }
        catch (SuiteCheckException ex)
        {
            problems.Add(ex.Message);
        }

        await Task.Delay(Scaled(QuietPeriod)).ConfigureAwait(false);
        problems.InsertRange(0, new[] { bystander, next }.Select(s => ForeignEvents(s, s == next ? [next.User.RunId] : [])).OfType<string>());
        if (connection is not null && next.Connection is { } nextConnection)
        {
            problems.AddRange(ObjectGraphInspector.TraceSharedState([($"connection of {leaver.User.UserId}", connection), ($"connection of {next.User.UserId}", nextConnection)], s_observed)
                .Where(t => !SharedObjectMessage.OnlyThroughFramework(t))
                .Select(t => $"{SharedObjectMessage.Name(t.Finding.SharedType)} is shared by user {leaver.User.UserId}'s connection ({SharedObjectMessage.Path(t.StepsA)}) and user {next.User.UserId}'s ({SharedObjectMessage.Path(t.StepsB)}): events or state written through it by one user reach the other"));
        }

        if (problems.Count > 0)
        {
            Fail($"Expected nothing of user {leaver.User.UserId}'s run {run}, interrupted by {(abort ? "an abort (no close handshake)" : "a disconnect")} after its first event, to reach another connection, and the system to keep no reference to that connection:", problems);
        }
    }

    private static object RequireConnection(UserIsolationHarness harness, UserSession session)
    {
        object connection = session.Connection
            ?? throw new SsotSkipException($"Not applicable: the harness's sessions expose no Connection object, so a leak of user {session.User.UserId}'s connection cannot be observed. Override UserSession.Connection to enable this check.");
        if (harness.SystemRoots.Count == 0)
        {
            throw new SsotSkipException("Not applicable: the harness names no SystemRoots (the objects that hold the system's state). Override UserIsolationHarness.SystemRoots to enable this check.");
        }

        return connection;
    }

    private static async Task EndAsync(UserSession session, bool abort)
    {
        if (!abort)
        {
            await session.DisconnectAsync(CancellationToken.None).ConfigureAwait(false);
            return;
        }

        try
        {
            await session.AbortAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (NotSupportedException)
        {
            throw new SsotSkipException("Not applicable: the harness's sessions cannot abort a connection (drop it without a close handshake). Override UserSession.AbortAsync (KestrelIsolationHarness does) to enable this check.");
        }
    }

    /// <remarks>
    /// Objects both sides reach only through framework internals (e.g. sockets sharing Kestrel's buffer pool) are not the
    /// system holding the connection; they are left out of the verdict and only counted in the output.
    /// </remarks>
    private List<string> HeldBySystem(UserIsolationHarness harness, UserSession session, object connection)
    {
        object[] system = [.. harness.SystemRoots];
        IReadOnlyList<SharedStateTrace> traces = ObjectGraphInspector.TraceSharedState([("system", system), ($"connection of {session.User.UserId}", connection)]);
        int framework = traces.Count(SharedObjectMessage.OnlyThroughFramework);
        if (framework > 0)
        {
            Output.WriteLine($"{framework} object(s) reached from both the system and user {session.User.UserId}'s connection only through framework internals were not counted (e.g. a socket the connection still holds sharing the server's pools); the connection itself is not held by the system through them.");
        }

        return traces
            .Where(t => !SharedObjectMessage.OnlyThroughFramework(t))
            .Select(t => SharedObjectMessage.HeldBySystem(t, $"user {session.User.UserId}'s connection", SharedObjectMessage.WhyKept))
            .ToList();
    }
}
