using System.Globalization;
using System.Text;
using Ssot.TestFramework.Fixtures.Events;
using Ssot.TestFramework.Users;

namespace Ssot.TestFramework.Fixtures.Suites;

/// <content>The slow-consumer check: one client stops reading while others work, so the server's send path is busy.</content>
public abstract partial class EventOrderingSuite
{
    private const int MaxSlowConsumerRuns = 10_000;

    /// <summary>Gets how many other users work while the slow consumer does not read. Default: 10.</summary>
    protected virtual int SlowConsumerOtherUsers => 10;

    /// <summary>
    /// Gets how many times the bytes sent to the slow consumer while it does not read exceed what its path holds unread
    /// (<see cref="UserSession.UnreadCapacityBytes"/>), so the server's send is certainly busy. Default: 4.
    /// </summary>
    protected virtual int SlowConsumerBufferFactor => 4;

    /// <summary>
    /// A slow consumer: one user stops reading (<see cref="UserSession.PauseReading"/>) and is sent enough runs that their
    /// bytes exceed <see cref="SlowConsumerBufferFactor"/> times what its path holds unread, so the server's send to it is
    /// certainly busy, while <see cref="SlowConsumerOtherUsers"/> other users run <see cref="RunsPerUser"/> runs each;
    /// then it reads again. Every user must receive every event of every run, complete and in protocol order, judged on
    /// the complete logs after the clients closed. The size is measured, not assumed: a reference run of the slow user's,
    /// read normally, gives the bytes per run. Not applicable (skipped with the reason) when the harness cannot pause
    /// reading or does not know the buffers' capacity.
    /// </summary>
    /// <returns>A task.</returns>
    [SsotComplianceFact]
    public virtual async Task SlowConsumer_StillReceivesEveryEventInOrder()
    {
        UserIsolationHarness harness = StartHarness();
        IReadOnlyList<UserContext> users = Users.Create(1 + Math.Max(1, SlowConsumerOtherUsers));
        var bySession = (await ConnectAllAsync(users, (user, ct) => ConnectAsync(harness, user, ct)).ConfigureAwait(false)).ToDictionary(s => s.User);
        UserSession slow = bySession[users[0]];
        long capacity = slow.UnreadCapacityBytes ?? throw new SsotSkipException(
            "Not applicable: the harness does not know how many bytes the path to a client that does not read holds (UserSession.UnreadCapacityBytes is null), "
            + "so it cannot make the server's send certainly busy. With KestrelIsolationHarness set KestrelWebSocketFixtureOptions.SendBufferSize and "
            + "WebSocketTestClientOptions.SocketReceiveBufferSize (e.g. 4096 each); with another harness override UnreadCapacityBytes.");

        IReadOnlyList<ObservedEvent> reference = await RunToCompletionAsync(slow, slow.User.RunId).ConfigureAwait(false);
        long runBytes = reference.Sum(e => (long)Encoding.UTF8.GetByteCount(e.Raw));
        if (runBytes == 0)
        {
            throw new SsotSkipException($"Not applicable: the {reference.Count} event(s) of user {slow.User.UserId}'s reference run carry no raw text, so the bytes a run puts on the wire are unknown. Give ObservedEvent.Raw the received text.");
        }

        double needed = Math.Ceiling((double)Math.Max(1, SlowConsumerBufferFactor) * capacity / runBytes);
        if (needed > MaxSlowConsumerRuns)
        {
            Fail($"Expected a bounded slow-consumer load: the path to a paused client holds {capacity} bytes unread and a run sends {runBytes} bytes, so {needed:0} runs would be needed (at most {MaxSlowConsumerRuns}):",
                ["cap the buffers (e.g. KestrelWebSocketFixtureOptions.SendBufferSize and WebSocketTestClientOptions.SocketReceiveBufferSize of 4096), or lower SlowConsumerBufferFactor"]);
        }

        try
        {
            slow.PauseReading();
        }
        catch (NotSupportedException)
        {
            throw new SsotSkipException("Not applicable: the harness's sessions cannot stop reading (UserSession.PauseReading is not supported), so no client can be a slow consumer. Override UserSession.PauseReading/ResumeReading (KestrelIsolationHarness supports them).");
        }

        IReadOnlyList<RunId> slowRuns = RunsOf(slow.User, (int)needed + 1).Skip(1).ToList();
        var others = users.Skip(1).ToList();
        var otherRuns = others.ToDictionary(u => u, u => RunsOf(u, Math.Max(1, RunsPerUser)));
        var failures = new List<Exception>();
        int beforeSlowRuns = slow.Received.Count;
        try
        {
            foreach (RunId run in slowRuns)
            {
                _sessions.AddRun(slow, run);
                await slow.StartWorkAsync(run, CancellationToken.None).ConfigureAwait(false);
            }

            ConcurrentUserRun<bool> worked = await Users.RunConcurrentlyAsync(others, async (user, _) =>
            {
                await Task.WhenAll(otherRuns[user].Select(r => RunToCompletionAsync(bySession[user], r))).ConfigureAwait(false);
                return true;
            }).ConfigureAwait(false);
            failures.AddRange(worked.Failures.Select(f => f.Exception!));
        }
        finally
        {
            slow.ResumeReading();
        }

        failures.AddRange(await CompletionsAsync(slow, slowRuns, beforeSlowRuns).ConfigureAwait(false));
        await Task.WhenAll(bySession.Values.Select(s => s.DisconnectAsync(CancellationToken.None))).ConfigureAwait(false);

        var problems = new List<string>();
        problems.AddRange(CheckOwnRuns(slow, [slow.User.RunId, .. slowRuns]));
        problems.AddRange(others.SelectMany(u => CheckOwnRuns(bySession[u], otherRuns[u])));
        problems.AddRange(failures.Select(f => SessionRuns.Describe(f, _sessions.SessionsWithRuns)));
        long sent = runBytes * slowRuns.Count;
        string load = string.Create(CultureInfo.InvariantCulture,
            $"user {slow.User.UserId} did not read while {slowRuns.Count} runs of {runBytes} bytes were sent to it ({sent} bytes, {(double)sent / capacity:0.#}x the {capacity} bytes its path holds unread) and {others.Count} other users ran {Math.Max(1, RunsPerUser)} run(s) each");
        if (problems.Count > 0)
        {
            Fail($"Expected every user to receive every event, complete and in protocol '{Protocol.Name}' order, while {load}; {problems.Count} problem(s):", problems);
        }

        Output.WriteLine($"Slow consumer: {load}; every run arrived complete and in order.");
    }

    /// <summary>
    /// Waits for the slow user's backlog to complete: the runs' completions may come in any order, and the wait fails
    /// only when none comes within <see cref="RunTimeout"/> of the previous one (the first, of the moment the user reads
    /// again). One window for the whole backlog would shrink each run's time with the backlog's size and the machine's
    /// load.
    /// </summary>
    private Task<IReadOnlyList<Exception>> CompletionsAsync(UserSession session, IReadOnlyList<RunId> runs, int receivedBefore) =>
        SessionRuns.BacklogCompletionsAsync(session, runs, CompletionEventType, RunTimeout, Replay, receivedBefore, () => _sessions.SessionsWithRuns);
}
