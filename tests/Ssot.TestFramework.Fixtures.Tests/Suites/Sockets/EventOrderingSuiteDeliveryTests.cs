using FluentAssertions;
using Ssot.TestFramework.Fixtures.Suites;
using Ssot.TestFramework.Testing;

namespace Ssot.TestFramework.Fixtures.Tests.Suites.Sockets;

/// <summary>
/// Late events judged on the complete log up to each client's close, and the slow consumer, on real sockets: each seeded
/// bug is caught by the check meant for it, and the correct server passes.
/// </summary>
public sealed class EventOrderingSuiteDeliveryTests
{
    private static Task<string> OrderingFailureOf(ChatServer server, Func<EventOrderingSuite, Task> check, int users = 100)
        => EventOrderingSuiteSocketTests.FailureOf(server, f => new OrderingSuiteOver(f, new RecordingOutput(), users: users), check);

    [Fact]
    public async Task NoEventAfterCompletion_StraySent400MsAfterCompletion_NamesTheLateEventWithItsDelay()
    {
        string message = await OrderingFailureOf(new DelayedStrayChatServer(), s => s.NoEventForARun_AfterItsCompletion());

        message.Should().Contain("after its agent_completed (watched until the client closed)")
            .And.MatchRegex(@"run run_\w+: 1 event\(s\) after #\d+ agent_completed \(user=usr_\w+, run=run_\w+, thread=thr_\w+\): #\d+ agent_thinking \(user=usr_\w+, run=run_\w+, thread=thr_\w+\) \d+ ms later")
            .And.MatchRegex(@"run run_\w+_2: 1 event\(s\) after #\d+ agent_completed");
    }

    [Fact]
    public async Task NoEventAfterCompletion_FinalStatusFlushedWhenTheClientCloses_NamesTheStatusEventWithItsDelay()
    {
        string message = await OrderingFailureOf(new FinalStatusOnCloseChatServer(), s => s.NoEventForARun_AfterItsCompletion());

        message.Should().Contain("(watched until the client closed)")
            .And.MatchRegex(@"run run_\w+: 1 event\(s\) after #\d+ agent_completed \(user=usr_\w+, run=run_\w+, thread=thr_\w+\): #\d+ agent_status \(user=usr_\w+, run=run_\w+, thread=thr_\w+\) \d+ ms later");
    }

    [Fact]
    public async Task NoEventAfterCompletion_CorrectServer_PassesAndClosesTheClient()
    {
        await using var fixture = new ChatServerFixture(new ChatServer());
        await EventOrderingSuiteSocketTests.Passes(fixture, f => new OrderingSuiteOver(f, new RecordingOutput()), s => s.NoEventForARun_AfterItsCompletion());

        fixture.Clients.Should().BeEmpty("the check closed its client (close handshake) before judging");
    }

    [Fact]
    public async Task ConcurrentUsers_StraySent400MsAfterCompletion_IsCaughtAtTheClose()
    {
        // The load check judges the complete logs too: the strays come 400 ms after the runs completed, long after the
        // old 200 ms watch, and still fail it.
        string message = await OrderingFailureOf(new DelayedStrayChatServer(), s => s.ConcurrentUsers_EachReceiveExactlyTheirOwnEventsInOrder(), users: 5);

        message.Should().Contain("concurrent users (2 run(s) each) to receive exactly its own events")
            .And.MatchRegex(@"user usr_\w+ run run_\w+: 1 protocol violation\(s\), first out-of-order event #\d+ agent_thinking");
    }

    [Fact]
    public async Task SlowConsumer_ServerDropsEventsWhileASendIsInFlight_NamesThePausedUsersBrokenRuns()
    {
        var server = new DropWhileBusyChatServer();
        string message = await OrderingFailureOf(server, s => s.SlowConsumer_StillReceivesEveryEventInOrder());

        message.Should().MatchRegex(@"Expected every user to receive every event, complete and in protocol 'critical agent events' order, while user (usr_\w+) did not read while \d+ runs of \d+ bytes were sent to it \(\d+ bytes, [\d.]+x the \d+ bytes its path holds unread\) and 10 other users ran 2 run\(s\) each; \d+ problem\(s\):")
            .And.MatchRegex(@"user usr_\w+ run run_\w+_\d+: (missing \[|received no event)");
        server.Dropped.Should().BePositive();
    }

    [Fact]
    public async Task SlowConsumer_CorrectServer_ReceivesEveryEventAfterTheBuffersFilled()
    {
        await using var fixture = new ChatServerFixture(new ChatServer());
        var output = new RecordingOutput();
        await EventOrderingSuiteSocketTests.Passes(fixture, f => new OrderingSuiteOver(f, output), s => s.SlowConsumer_StillReceivesEveryEventInOrder());

        output.Lines.Should().Contain(l => System.Text.RegularExpressions.Regex.IsMatch(
            l, @"^Slow consumer: user usr_\w+ did not read while \d+ runs of \d+ bytes were sent to it \(\d+ bytes, [4-9][\d.]*x the \d+ bytes its path holds unread\) and 10 other users ran 2 run\(s\) each; every run arrived complete and in order\.$"));
    }

    [Fact]
    public async Task SlowConsumer_BacklogTakesLongerThanOneRunTimeoutToDrain_PassesAsEachRunCompletesInItsTime()
    {
        // Each run of a connection holds its completion 20 ms, one run after another: the paused user's backlog (about
        // 250 runs) takes seconds to drain after it reads again, more than the 2 s run timeout, while every run takes
        // 20 ms. One window for the whole backlog would fail this correct server.
        var server = new SlowDrainChatServer(TimeSpan.FromMilliseconds(20));
        await using var fixture = new ChatServerFixture(server);
        var output = new RecordingOutput();
        var runTimeout = TimeSpan.FromSeconds(2);
        await EventOrderingSuiteSocketTests.Passes(fixture, f => new OrderingSuiteOver(f, output) { Run = runTimeout }, s => s.SlowConsumer_StillReceivesEveryEventInOrder());

        output.Lines.Should().Contain(l => l.StartsWith("Slow consumer: ", StringComparison.Ordinal) && l.EndsWith("every run arrived complete and in order.", StringComparison.Ordinal));
        (server.MostCompletionsOnOneConnection * server.CompletionDelay).Should().BeGreaterThan(2 * runTimeout, "the backlog's completions, one after another, must take longer than one run timeout, or this test proves nothing");
    }

    [Fact]
    public async Task SlowConsumer_OneRunOfTheBacklogNeverCompletes_NamesThatRunOnly()
    {
        var server = new SlowDrainChatServer(TimeSpan.Zero) { Withhold = run => run.EndsWith("_3", StringComparison.Ordinal) };
        string message = await EventOrderingSuiteSocketTests.FailureOf(server, f => new OrderingSuiteOver(f, new RecordingOutput()) { Run = TimeSpan.FromSeconds(1) }, s => s.SlowConsumer_StillReceivesEveryEventInOrder());

        message.Should().MatchRegex(@"User (usr_\w+): run (run_\w+)_3 did not complete \(agent_completed for it never arrived\)")
            .And.Contain("ExpectAsync(agent_completed of one of the 1 run(s) still open)");
        System.Text.RegularExpressions.Regex.Matches(message, "did not complete").Should().HaveCount(1, "every other run of the backlog completed");
    }

    [Fact]
    public async Task SlowConsumer_BuffersNotCapped_IsNotApplicableAndSaysHowToEnableIt()
    {
        await using var fixture = new ChatServerFixture(new ChatServer(), capBuffers: false);
        var suite = new OrderingSuiteOver(fixture, new RecordingOutput());
        try
        {
            Func<Task> check = suite.SlowConsumer_StillReceivesEveryEventInOrder;

            (await check.Should().ThrowAsync<SsotSkipException>()).Which.Message.Should()
                .StartWith("Not applicable: the harness does not know how many bytes the path to a client that does not read holds (UserSession.UnreadCapacityBytes is null)")
                .And.Contain("set KestrelWebSocketFixtureOptions.SendBufferSize and WebSocketTestClientOptions.SocketReceiveBufferSize");
        }
        finally
        {
            await ((IAsyncLifetime)suite).DisposeAsync();
        }
    }

    [Fact]
    public async Task SlowConsumer_SessionsCannotPauseReading_IsNotApplicableAndSaysHowToEnableIt()
    {
        await using var fixture = new ChatServerFixture(new ChatServer());
        var suite = new NoPauseOrderingSuite(fixture);
        try
        {
            Func<Task> check = suite.SlowConsumer_StillReceivesEveryEventInOrder;

            (await check.Should().ThrowAsync<SsotSkipException>()).Which.Message.Should()
                .StartWith("Not applicable: the harness's sessions cannot stop reading (UserSession.PauseReading is not supported)")
                .And.Contain("Override UserSession.PauseReading/ResumeReading");
        }
        finally
        {
            await ((IAsyncLifetime)suite).DisposeAsync();
        }
    }
}

/// <summary>A suite over sessions that know their buffers' capacity but cannot pause reading.</summary>
internal sealed class NoPauseOrderingSuite(ChatServerFixture fixture)
    : EventOrderingSuite(new RecordingOutput(), SuiteIdentity.For("NoPause"))
{
    protected override TimeSpan RunTimeout => SuiteTimeouts.Run;

    protected override UserIsolationHarness CreateHarness() => new NoPauseHarness(fixture.CreateHarness());

    private sealed class NoPauseHarness(UserIsolationHarness inner) : UserIsolationHarness
    {
        public override async Task<UserSession> ConnectAsync(Ssot.TestFramework.Users.UserContext user, CancellationToken cancellationToken) =>
            new NoPauseSession(await inner.ConnectAsync(user, cancellationToken));

        public override async ValueTask DisposeAsync()
        {
            await inner.DisposeAsync();
            await base.DisposeAsync();
        }
    }

    private sealed class NoPauseSession(UserSession inner) : UserSession(inner.User)
    {
        public override Ssot.TestFramework.Fixtures.Events.IEventSource Received => inner.Received;

        public override long? UnreadCapacityBytes => inner.UnreadCapacityBytes;

        public override Task StartWorkAsync(Ssot.TestFramework.Users.RunId run, CancellationToken cancellationToken) => inner.StartWorkAsync(run, cancellationToken);

        public override Task DisconnectAsync(CancellationToken cancellationToken) => inner.DisconnectAsync(cancellationToken);
    }
}
