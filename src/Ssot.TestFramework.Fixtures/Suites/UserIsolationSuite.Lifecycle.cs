using Ssot.TestFramework.Fixtures.Events;
using Ssot.TestFramework.Users;

namespace Ssot.TestFramework.Fixtures.Suites;

/// <content>Disconnect and reconnect checks, and the helpers shared by all checks.</content>
public abstract partial class UserIsolationSuite
{
    /// <summary>After a user disconnects, nothing the system holds (<see cref="UserIsolationHarness.SystemRoots"/>) reaches that user's connection.</summary>
    /// <returns>A task.</returns>
    [SsotComplianceFact]
    public virtual Task Disconnect_SystemKeepsNoReferenceToTheConnection() => ReleasedAfterAsync(abort: false);

    /// <summary>A user who reconnects starts clean: no state and no events from the previous connection.</summary>
    /// <returns>A task.</returns>
    [SsotComplianceFact]
    public virtual async Task Reconnect_StartsClean()
    {
        UserIsolationHarness harness = StartHarness();
        UserContext user = Users.Create();
        UserSession first = await ConnectAsync(harness, user).ConfigureAwait(false);
        await StateAsync(() => first.WriteStateAsync(StateKey, "from-first-connection", CancellationToken.None)).ConfigureAwait(false);
        await RunToCompletionAsync(first, user.RunId).ConfigureAwait(false);
        await first.DisconnectAsync(CancellationToken.None).ConfigureAwait(false);

        UserContext again = user with { ConnectionId = Users.Create().ConnectionId };
        UserSession second = await ConnectAsync(harness, again).ConfigureAwait(false);
        string? state = await StateAsync(() => second.ReadStateAsync(StateKey, CancellationToken.None)).ConfigureAwait(false);
        await Task.Delay(Scaled(QuietPeriod)).ConfigureAwait(false);

        var problems = new List<string>();
        if (state is not null)
        {
            problems.Add($"state key '{StateKey}': expected absent after reconnect, read '{state}'");
        }

        IReadOnlyList<ObservedEvent> replayed = second.Received.Snapshot();
        if (replayed.Count > 0)
        {
            problems.Add($"expected no events before new work, received {replayed.Count}; first: {replayed[0].Describe()}");
        }

        if (problems.Count > 0)
        {
            Fail($"Expected user {user.UserId} to start clean after reconnecting (connection {again.ConnectionId}):", problems);
        }
    }

    /// <summary>Makes <paramref name="session"/> run <paramref name="run"/> and waits for its completion event.</summary>
    /// <param name="session">The session.</param>
    /// <param name="run">The run.</param>
    /// <returns>The events of that run received so far, in order.</returns>
    protected Task<IReadOnlyList<ObservedEvent>> RunToCompletionAsync(UserSession session, RunId run)
    {
        ArgumentNullException.ThrowIfNull(session);
        return _sessions.RunToCompletionAsync(session, run, CompletionEventType, RunTimeout, Replay);
    }

    /// <summary>Connects <paramref name="user"/> through <paramref name="harness"/> and remembers the session for this test's messages.</summary>
    /// <param name="harness">The harness.</param>
    /// <param name="user">The user.</param>
    /// <param name="cancellationToken">Cancels the connect.</param>
    /// <returns>The session.</returns>
    /// <exception cref="SuiteCheckException">The harness returned no session.</exception>
    protected Task<UserSession> ConnectAsync(UserIsolationHarness harness, UserContext user, CancellationToken cancellationToken = default) =>
        _sessions.ConnectAsync(harness, user, Replay, cancellationToken);

    private UserIsolationHarness StartHarness() => StartHarness(CreateHarness());

    /// <summary>Starts the test's harness and connects <paramref name="count"/> new users through it, one after the other.</summary>
    private async Task<IReadOnlyList<UserSession>> ConnectInTurnAsync(int count)
    {
        UserIsolationHarness harness = StartHarness();
        var sessions = new List<UserSession>(count);
        foreach (UserContext user in Users.Create(count))
        {
            sessions.Add(await ConnectAsync(harness, user).ConfigureAwait(false));
        }

        return sessions;
    }

    private string? ForeignEvents(UserSession session, IReadOnlyCollection<RunId> ownRuns) =>
        EventOwnership.ForeignEvents(session, ownRuns, _sessions.Issued);

    private static string? CompareToReference(UserSession session, IReadOnlyList<string> reference)
    {
        var got = session.Received.Snapshot().Where(e => e.RunId == session.User.RunId.Value).Select(e => e.Type).ToList();
        List<string> missing = Subtract(reference, got);
        List<string> extra = Subtract(got, reference);
        if (missing.Count == 0 && extra.Count == 0)
        {
            return null;
        }

        return $"user {session.User.UserId} run {session.User.RunId}: missing [{string.Join(", ", missing)}], unexpected [{string.Join(", ", extra)}], received [{string.Join(", ", got)}]";
    }

    private static List<string> Subtract(IEnumerable<string> from, IEnumerable<string> remove)
    {
        var left = from.ToList();
        foreach (string item in remove)
        {
            left.Remove(item);
        }

        return left;
    }

    private static async Task<T> StateAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (NotSupportedException)
        {
            throw new SsotSkipException("Not applicable: the harness's sessions do not support WriteStateAsync/ReadStateAsync. Override them to enable the state checks.");
        }
    }

    private static Task StateAsync(Func<Task> call) => StateAsync(async () =>
    {
        await call().ConfigureAwait(false);
        return true;
    });
}
