using FluentAssertions;
using Ssot.TestFramework.Fixtures.Suites;

namespace Ssot.TestFramework.Fixtures.Tests.Suites.Isolation;

public sealed class UserIsolationSuiteTests
{
    private static async Task<string> FailureOf(Func<InProcessChatSystem> system, Func<UserIsolationSuite, Task> check)
    {
        var suite = new IsolationSuiteFor(system, system().GetType().Name);
        try
        {
            Func<Task> run = () => check(suite);
            return (await run.Should().ThrowAsync<SuiteCheckException>()).Which.Message;
        }
        finally
        {
            await ((IAsyncLifetime)suite).DisposeAsync();
        }
    }

    private static async Task Passes(Func<InProcessChatSystem> system, Func<UserIsolationSuite, Task> check, int run = 0)
    {
        var suite = new IsolationSuiteFor(system, system().GetType().Name, run);
        await check(suite);
        await ((IAsyncLifetime)suite).DisposeAsync();
    }

    [Fact]
    public async Task EventsNeverReachAnother_BroadcastToEveryUser_NamesTheReceiverAndTheOwner()
    {
        string message = await FailureOf(() => new BroadcastingSystem(), s => s.Events_ForOneUser_NeverReachAnother());

        // Names the owner of the foreign events as the harness issued them, never the receiver as the sender.
        message.Should().MatchRegex(@"user (usr_\w+) received 5 event\(s\) that are not its own: 5 event\(s\) of user (?!\1\b)usr_\w+ \(run run_\w+, thread thr_\w+\); first: #1 agent_started");
    }

    [Fact]
    public async Task EventsNeverReachAnother_RaceThatNeedsConcurrency_PassesWhenUsersTakeTurns()
    {
        // The racy system is correct when runs do not overlap: the sequential check must not blame it.
        await Passes(() => new RacyDeliverySystem(), s => s.Events_ForOneUser_NeverReachAnother());
    }

    [Fact]
    public async Task ConcurrentUsers_RaceInDelivery_IsCaught()
    {
        string message = await FailureOf(() => new RacyDeliverySystem(forceOverlap: true), s => s.ConcurrentUsers_EachReceiveExactlyTheirOwnEvents());

        message.Should().Contain("concurrent users to receive exactly its own run's events").And.Contain("that are not its own");
    }

    [Fact]
    public async Task Reconnect_StateKeptAfterDisconnect_IsCaught()
    {
        string message = await FailureOf(() => new StateKeptAfterDisconnectSystem(), s => s.Reconnect_StartsClean());

        message.Should().Contain("to start clean after reconnecting").And.Contain("read 'from-first-connection'");
    }

    [Fact]
    public async Task Disconnect_ClosedConnectionKeptInAList_NamesThePath()
    {
        string message = await FailureOf(() => new LeakyConnectionSystem(), s => s.Disconnect_SystemKeepsNoReferenceToTheConnection());

        message.Should().Contain("hold no reference").And.Contain("_closed");
    }

    [Fact]
    public async Task State_SharedAcrossUsers_IsCaught()
    {
        string message = await FailureOf(() => new SharedStateSystem(), s => s.State_WrittenForOneUser_IsInvisibleToAnother());

        message.Should().Contain("not to see state written by").And.Contain("read 'secret-of-usr_");
    }

    [Fact]
    public async Task EveryCheck_CorrectSystem_PassesIn20ConsecutiveRuns()
    {
        for (int run = 1; run <= 20; run++)
        {
            await Passes(() => new InProcessChatSystem(), s => s.Events_ForOneUser_NeverReachAnother(), run);
            await Passes(() => new InProcessChatSystem(), s => s.ConcurrentUsers_EachReceiveExactlyTheirOwnEvents(), run);
            await Passes(() => new InProcessChatSystem(), s => s.State_WrittenForOneUser_IsInvisibleToAnother(), run);
            await Passes(() => new InProcessChatSystem(), s => s.Disconnect_SystemKeepsNoReferenceToTheConnection(), run);
            await Passes(() => new InProcessChatSystem(), s => s.Reconnect_StartsClean(), run);
            await Passes(() => new InProcessChatSystem(), s => s.Reconnect_NewWork_CarriesOnlyTheNewRunAndConnection(), run);
            await Passes(() => new InProcessChatSystem(), s => s.Disconnect_DuringARun_LeavesNothingBehind(), run);
            await Passes(() => new InProcessChatSystem(), s => s.Abort_DuringARun_LeavesNothingBehind(), run);
            await Passes(() => new InProcessChatSystem(), s => s.Abort_SystemKeepsNoReferenceToTheConnection(), run);
            await Passes(() => new InProcessChatSystem(), s => s.Commands_ClaimingAnotherIdentity_AreNotAttributedToIt(), run);
        }
    }

    [Fact]
    public async Task DisconnectDuringARun_RunKeepsDeliveringToTheUsersNextConnection_NamesTheOwner()
    {
        string message = await FailureOf(() => new ReplayToNextConnectionSystem(), s => s.Disconnect_DuringARun_LeavesNothingBehind());

        message.Should().MatchRegex(@"Expected nothing of user (usr_\w+)'s run (run_\w+), interrupted by a disconnect after its first event, to reach another connection")
            .And.MatchRegex(@"user usr_\w+ received 4 event\(s\) that are not its own: 4 event\(s\) of user usr_\w+ \(run run_\w+, thread thr_\w+\); first: #1 agent_thinking");
    }

    [Fact]
    public async Task ClaimingAnotherIdentity_SystemTrustsTheClaimedUser_IsCaught()
    {
        string message = await FailureOf(() => new ClaimTrustingSystem(), s => s.Commands_ClaimingAnotherIdentity_AreNotAttributedToIt());

        message.Should().MatchRegex(@"the victim user usr_\w+ received 5 event\(s\) caused by the attacker's commands")
            .And.MatchRegex(@"command claiming the victim's user id usr_\w+ \(run run_\w+\): User usr_\w+: run run_\w+ did not complete");
    }

    [Fact]
    public async Task Abort_LostConnectionKeptInAList_NamesTheHolder()
    {
        string message = await FailureOf(() => new LostConnectionsKeptSystem(), s => s.Abort_SystemKeepsNoReferenceToTheConnection());

        message.Should().Contain("after an abort (no close handshake)").And.MatchRegex(@"user usr_\w+'s connection \(Ssot\.TestFramework\.Fixtures\.Tests\.Suites\.Isolation\.Connection\) is still held by the system in Ssot\.TestFramework\.Fixtures\.Tests\.Suites\.Isolation\.LostConnectionsKeptSystem\._lost \(reached as array\[0\]\._lost\[0\]\.Log; what it shares is its Ssot\.TestFramework\.Fixtures\.Events\.EventLog at connection\.Log\)");
    }
}
