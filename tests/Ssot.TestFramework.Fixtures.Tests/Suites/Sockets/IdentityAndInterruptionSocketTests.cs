using FluentAssertions;
using Ssot.TestFramework.Fixtures.Suites;
using static Ssot.TestFramework.Fixtures.Tests.Suites.Sockets.EventOrderingSuiteSocketTests;

namespace Ssot.TestFramework.Fixtures.Tests.Suites.Sockets;

/// <summary>
/// Spoofed identities, new work after a reconnect, aborts and runs interrupted mid-flight: each seeded bug, served by a
/// real Kestrel server over real sockets, is caught by the isolation check meant for it; the correct server passes.
/// </summary>
public sealed class IdentityAndInterruptionSocketTests
{
    private static Task<string> IsolationFailureOf(ChatServer server, Func<UserIsolationSuite, Task> check)
        => FailureOf(server, f => new IsolationSuiteOver(f), s => check(s));

    private static async Task PassesOn(ChatServer server, Func<UserIsolationSuite, Task> check)
    {
        await using var fixture = new ChatServerFixture(server);
        await Passes(fixture, f => new IsolationSuiteOver(f), s => check(s));
    }

    [Fact]
    public async Task ClaimingAnotherIdentity_ServerTrustsThePayloadsUserId_NamesWhatTheVictimReceived()
    {
        string message = await IsolationFailureOf(new PayloadUserChatServer(), s => s.Commands_ClaimingAnotherIdentity_AreNotAttributedToIt());

        message.Should().MatchRegex(@"Expected commands that user (usr_\w+) sends claiming user (usr_\w+)'s ids \(user, thread, run\) to be attributed to \1's own connection identity or refused with a refusal \(error\) event")
            .And.MatchRegex(@"the victim user usr_\w+ received 5 event\(s\) caused by the attacker's commands: 5 of run run_\w+; first: #\d+ agent_started \(user=usr_\w+")
            .And.MatchRegex(@"command claiming the victim's user id usr_\w+ \(run run_\w+\): User usr_\w+: run run_\w+ did not complete \(agent_completed or error for it never arrived\); it received nothing since the work started; its events arrived on user usr_\w+'s connection \(5 event\(s\)\)");
    }

    [Fact]
    public async Task ClaimingAnotherIdentity_ServerStampsThePayloadsThreadId_NamesTheForeignThread()
    {
        string message = await IsolationFailureOf(new PayloadThreadChatServer(), s => s.Commands_ClaimingAnotherIdentity_AreNotAttributedToIt());

        message.Should().MatchRegex(@"command claiming the victim's thread id (thr_\w+) \(run run_\w+\): 5 event\(s\) on the attacker's connection carry ids that are not its own \(thread=\1\); first: #\d+ agent_started")
            .And.NotContain("the victim user");
    }

    [Fact]
    public async Task ClaimingAnotherIdentity_ServerRoutesEventsByRunId_NamesTheVictimsSocket()
    {
        string message = await IsolationFailureOf(new RunRoutedChatServer(), s => s.Commands_ClaimingAnotherIdentity_AreNotAttributedToIt());

        message.Should().MatchRegex(@"the victim user (usr_\w+) received 5 event\(s\) caused by the attacker's commands: 5 of run (run_\w+);")
            .And.MatchRegex(@"command claiming the victim's run id (run_\w+) \(run \1\): User usr_\w+: run \1 did not complete .*its events arrived on user usr_\w+'s connection \(5 event\(s\)\)");
    }

    [Fact]
    public async Task ClaimingAnotherIdentity_CorrectServer_RefusesOrKeepsTheConnectionsIdentity()
    {
        await PassesOn(new ChatServer(), s => s.Commands_ClaimingAnotherIdentity_AreNotAttributedToIt());
    }

    [Fact]
    public async Task ReconnectNewWork_ServerResumesThePreviousRunId_NamesTheOldRun()
    {
        string message = await IsolationFailureOf(new StaleRunChatServer(), s => s.Reconnect_NewWork_CarriesOnlyTheNewRunAndConnection());

        message.Should().MatchRegex(@"Expected user usr_\w+'s new run (run_\w+) after reconnecting \(connection conn_\w+\) to carry only the new run id and its own ids, nothing of run (run_\w+) or connection conn_\w+")
            .And.MatchRegex(@"5 event\(s\) carrying run=(run_\w+) \(the run before the reconnect\); first: #1 agent_started")
            .And.MatchRegex(@"run run_\w+ did not complete \(agent_completed for it never arrived\); it received instead 5 event\(s\)");
    }

    [Fact]
    public async Task ReconnectNewWork_CorrectServer_Passes()
    {
        await PassesOn(new ChatServer(), s => s.Reconnect_NewWork_CarriesOnlyTheNewRunAndConnection());
    }

    [Fact]
    public async Task Abort_ServerForgetsOnlyCleanlyClosedConnections_NamesTheHolder()
    {
        string message = await IsolationFailureOf(new CleanCloseOnlyChatServer(), s => s.Abort_SystemKeepsNoReferenceToTheConnection());

        message.Should().MatchRegex(@"Expected the system to hold no reference to user (usr_\w+)'s connection after an abort \(no close handshake\)")
            .And.MatchRegex(@"user usr_\w+'s connection \(Ssot\.TestFramework\.Fixtures\.Tests\.Suites\.Sockets\.ChatConnection\) is still held by the system in Ssot\.TestFramework\.Fixtures\.Tests\.Suites\.Sockets\.CleanCloseOnlyChatServer\._byUser \(reached as array\[0\]\._byUser\[usr_\w+\]\[0\]\)")
            .And.Contain("events or state written through it by one user reach the other");
    }

    [Fact]
    public async Task Disconnect_ServerForgetsOnlyCleanlyClosedConnections_PassesBecauseTheCloseWasClean()
    {
        await PassesOn(new CleanCloseOnlyChatServer(), s => s.Disconnect_SystemKeepsNoReferenceToTheConnection());
    }

    [Fact]
    public async Task Abort_CorrectServer_Passes()
    {
        await PassesOn(new ChatServer(), s => s.Abort_SystemKeepsNoReferenceToTheConnection());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task DuringARun_RecycledSlotStreamsTheRunIntoTheNextUser_NamesTheSlotAndTheOwner(bool abort)
    {
        string message = await IsolationFailureOf(new PooledSlotChatServer(), s => abort ? s.Abort_DuringARun_LeavesNothingBehind() : s.Disconnect_DuringARun_LeavesNothingBehind());

        message.Should().MatchRegex($@"Expected nothing of user (usr_\w+)'s run (run_\w+), interrupted by {(abort ? @"an abort \(no close handshake\)" : "a disconnect")} after its first event, to reach another connection")
            // The next user receives the interrupted run's remaining four events, named by their owner as issued.
            .And.MatchRegex(@"user usr_\w+ received 4 event\(s\) that are not its own: 4 event\(s\) of user (usr_\w+) \(run run_\w+, thread thr_\w+\); first: #1 agent_thinking")
            // The cause: the pooled slot still holds the old connection.
            .And.MatchRegex(@"user usr_\w+'s connection \(Ssot\.TestFramework\.Fixtures\.Tests\.Suites\.Sockets\.ChatConnection\) is still held by the system in Ssot\.TestFramework\.Fixtures\.Tests\.Suites\.Sockets\.PooledSlotChatServer\+Slot\.Current \(reached as array\[0\]\._pool\[0\]\.Current\)");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task DuringARun_CorrectServerWithTheRunStillInFlight_Passes(bool abort)
    {
        await PassesOn(new ChatServer { HoldFirstRunUntilClosed = true }, s => abort ? s.Abort_DuringARun_LeavesNothingBehind() : s.Disconnect_DuringARun_LeavesNothingBehind());
    }

    [Fact]
    public async Task ClaimingAnotherIdentity_HarnessWithoutClaims_IsNotApplicable()
    {
        await using var fixture = new ChatServerFixture(new ChatServer());
        var suite = new NoClaimsSuite(fixture);
        Func<Task> run = suite.Commands_ClaimingAnotherIdentity_AreNotAttributedToIt;

        (await run.Should().ThrowAsync<SsotSkipException>()).Which.Message.Should().Contain("cannot send work whose payload claims another identity").And.Contain("StartWorkClaimingAsync");
        await ((IAsyncLifetime)suite).DisposeAsync();
    }

    [Fact]
    public async Task NewChecks_CorrectServer_PassIn20ConsecutiveRuns()
    {
        await using var fixture = new ChatServerFixture(new ChatServer());
        for (int run = 1; run <= 20; run++)
        {
            IsolationSuiteOver Suite(ChatServerFixture f) => new(f, run, users: 20);
            await Passes(fixture, Suite, s => s.Commands_ClaimingAnotherIdentity_AreNotAttributedToIt());
            await Passes(fixture, Suite, s => s.Reconnect_NewWork_CarriesOnlyTheNewRunAndConnection());
            await Passes(fixture, Suite, s => s.Abort_SystemKeepsNoReferenceToTheConnection());
            await Passes(fixture, Suite, s => s.Disconnect_DuringARun_LeavesNothingBehind());
            await Passes(fixture, Suite, s => s.Abort_DuringARun_LeavesNothingBehind());

            // The run deterministically still in flight when its user leaves: the server holds it after its first event.
            foreach (bool abort in new[] { false, true })
            {
                await using var held = new ChatServerFixture(new ChatServer { HoldFirstRunUntilClosed = true });
                await Passes(held, f => new IsolationSuiteOver(f, run), s => abort ? s.Abort_DuringARun_LeavesNothingBehind() : s.Disconnect_DuringARun_LeavesNothingBehind());
            }
        }

        fixture.Server.ConnectionCount.Should().Be(0, "every harness closes or aborts the clients it connected");
    }

    [Fact]
    public async Task Disconnect_ConnectionObjectsKeepTheirSockets_PassesAndCountsWhatOnlyKestrelShares()
    {
        await using var fixture = new SocketHoldingFixture();
        await using UserIsolationHarness harness = fixture.CreateHarness();
        var generator = new Ssot.TestFramework.Users.UserContextGenerator(3);
        UserSession stays = await harness.ConnectAsync(generator.Create(), CancellationToken.None);
        var output = new Ssot.TestFramework.Testing.RecordingOutput();
        var suite = new HeldSocketSuite(harness, output);

        await suite.Disconnect_SystemKeepsNoReferenceToTheConnection();
        await ((IAsyncLifetime)suite).DisposeAsync();

        stays.Connection.Should().BeOfType<SocketSession>("another connection stays open, so the system reaches a live socket");
        output.Lines.Should().Contain(l => l.Contains("only through framework internals were not counted"));
    }

    private sealed class HeldSocketSuite(UserIsolationHarness harness, Ssot.TestFramework.Testing.RecordingOutput output)
        : UserIsolationSuite(output, SuiteIdentity.For("HeldSocket"))
    {
        protected override UserIsolationHarness CreateHarness() => new Borrowed(harness);

        private sealed class Borrowed(UserIsolationHarness inner) : UserIsolationHarness
        {
            public override IReadOnlyList<object> SystemRoots => inner.SystemRoots;

            public override Task<UserSession> ConnectAsync(Ssot.TestFramework.Users.UserContext user, CancellationToken cancellationToken) => inner.ConnectAsync(user, cancellationToken);
        }
    }
}
