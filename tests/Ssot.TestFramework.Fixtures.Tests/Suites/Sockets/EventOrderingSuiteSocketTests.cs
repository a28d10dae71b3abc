using FluentAssertions;
using Ssot.TestFramework.Fixtures.Suites;
using Ssot.TestFramework.Testing;

namespace Ssot.TestFramework.Fixtures.Tests.Suites.Sockets;

/// <summary>Each seeded bug, served by a real Kestrel server over real sockets, is caught by the ordering check meant for it.</summary>
public sealed class EventOrderingSuiteSocketTests
{
    internal static async Task<string> FailureOf<TSuite>(ChatServer server, Func<ChatServerFixture, TSuite> suite, Func<TSuite, Task> check)
        where TSuite : SsotBaseTestCase
    {
        await using var fixture = new ChatServerFixture(server);
        TSuite instance = suite(fixture);
        try
        {
            Func<Task> run = () => check(instance);
            return (await run.Should().ThrowAsync<SuiteCheckException>()).Which.Message;
        }
        finally
        {
            await ((IAsyncLifetime)instance).DisposeAsync();
        }
    }

    internal static async Task Passes<TSuite>(ChatServerFixture fixture, Func<ChatServerFixture, TSuite> suite, Func<TSuite, Task> check)
        where TSuite : SsotBaseTestCase
    {
        TSuite instance = suite(fixture);
        try
        {
            await check(instance);
        }
        finally
        {
            await ((IAsyncLifetime)instance).DisposeAsync();
        }
    }

    private static Task<string> OrderingFailureOf(ChatServer server, Func<EventOrderingSuite, Task> check, int users = 100)
        => FailureOf(server, f => new OrderingSuiteOver(f, new RecordingOutput(), users: users), check);

    [Fact]
    public async Task EventsArriveInProtocolOrder_TwoEventsSwapped_NamesTheFirstOutOfOrderEventAndPositions()
    {
        string message = await OrderingFailureOf(new ReorderingChatServer(), s => s.Run_EventsArriveInProtocolOrder());

        message.Should().Contain("to arrive in the order of protocol 'critical agent events'; first out-of-order event: #3 tool_completed")
            .And.Contain("at position [2]")
            .And.Contain("UnmatchedToolCompleted at [2]")
            .And.Contain("arrival order: [0] agent_started, [1] agent_thinking, [2] tool_completed, [3] tool_executing, [4] agent_completed")
            .And.MatchRegex(@"\(seed \d+; replay with SSOT_SEED=\d+\)");
    }

    [Fact]
    public async Task DeliversEveryCriticalEvent_ToolCompletedDropped_NamesTheMissingEvent()
    {
        string message = await OrderingFailureOf(new DroppingChatServer(), s => s.Run_DeliversEveryCriticalEvent());

        message.Should().Contain("to deliver every critical event").And.Contain("missing [tool_completed]")
            .And.Contain("received: [agent_started, agent_thinking, tool_executing, agent_completed]");
    }

    [Fact]
    public async Task DeliversEveryCriticalEvent_TwoEventsSwapped_PassesBecauseNothingIsMissing()
    {
        await using var fixture = new ChatServerFixture(new ReorderingChatServer());
        await Passes(fixture, f => new OrderingSuiteOver(f, new RecordingOutput()), s => s.Run_DeliversEveryCriticalEvent());
    }

    [Fact]
    public async Task ConcurrentRunsOfOneUser_TwoEventsSwapped_NamesEachBrokenRun()
    {
        string message = await OrderingFailureOf(new ReorderingChatServer(), s => s.ConcurrentRunsOfOneUser_EachKeepTheirOrder());

        message.Should().Contain("Expected each of 2 concurrent runs of user usr_")
            .And.MatchRegex(@"run run_\w+: 2 protocol violation\(s\), first out-of-order event #\d+ tool_completed")
            .And.MatchRegex(@"run run_\w+_2: 2 protocol violation\(s\)");
    }

    [Fact]
    public async Task ConcurrentRunsOfOneUser_RunsShareOneRunSlot_NamesTheMixedUpRuns()
    {
        string message = await OrderingFailureOf(new SharedRunSlotChatServer(forceOverlap: true), s => s.ConcurrentRunsOfOneUser_EachKeepTheirOrder());

        message.Should().Contain("concurrent runs of user usr_")
            // The run that took the slot last receives both runs' events, interleaved; the other one receives none and never completes.
            .And.MatchRegex(@"run run_\w+: \d+ protocol violation\(s\), first out-of-order event #2 agent_started .* at position \[1\]: DuplicateStart")
            .And.MatchRegex(@"run run_\w+: received no event")
            .And.MatchRegex(@"run run_\w+ did not complete");
    }

    [Fact]
    public async Task OneRunChecks_RunsShareOneRunSlot_PassWhileRunsTakeTurns()
    {
        await using var fixture = new ChatServerFixture(new SharedRunSlotChatServer());
        await Passes(fixture, f => new OrderingSuiteOver(f, new RecordingOutput()), s => s.Run_DeliversEveryCriticalEvent());
        await Passes(fixture, f => new OrderingSuiteOver(f, new RecordingOutput()), s => s.Run_EventsArriveInProtocolOrder());
    }

    [Fact]
    public async Task NoEventAfterCompletion_StrayEventAfterAgentCompleted_NamesTheLateEvent()
    {
        string message = await OrderingFailureOf(new LateEventChatServer(), s => s.NoEventForARun_AfterItsCompletion());

        message.Should().Contain("after its agent_completed (watched until the client closed)")
            .And.MatchRegex(@"run run_\w+: 1 event\(s\) after #\d+ agent_completed \(user=usr_\w+, run=run_\w+, thread=thr_\w+\): #\d+ agent_thinking \(user=usr_\w+, run=run_\w+, thread=thr_\w+\) \d+ ms later");
    }

    [Fact]
    public async Task ConcurrentUsers_RaceInDeliveryUnderLoad_IsCaught()
    {
        string message = await OrderingFailureOf(new RacyChatServer(forceOverlap: true), s => s.ConcurrentUsers_EachReceiveExactlyTheirOwnEventsInOrder());

        message.Should().Contain("concurrent users (2 run(s) each) to receive exactly its own events").And.Contain("that are not its own")
            .And.MatchRegex(@"that are not its own: \d+ event\(s\) of user usr_\w+ \(run", "the foreign events are named by their owner, not by the receiver")
            .And.MatchRegex(@"run run_\w+ did not complete \(agent_completed for it never arrived\); it received [^;]+; its events arrived on user usr_\w+'s connection \(\d+ event\(s\)\)", "the robbed run says where its events went");
    }

    [Fact]
    public async Task OneUserChecks_RaceThatNeedsSeveralUsers_Pass()
    {
        // The racy server is correct while only one user works: the one-user checks must not blame it.
        await using var fixture = new ChatServerFixture(new RacyChatServer());
        await Passes(fixture, f => new OrderingSuiteOver(f, new RecordingOutput()), s => s.Run_EventsArriveInProtocolOrder());
        await Passes(fixture, f => new OrderingSuiteOver(f, new RecordingOutput()), s => s.ConcurrentRunsOfOneUser_EachKeepTheirOrder());
        await Passes(fixture, f => new OrderingSuiteOver(f, new RecordingOutput()), s => s.NoEventForARun_AfterItsCompletion());
    }

    [Fact]
    public async Task DeliveryLatency_ServerSendsSentAt_RecordsMedianAndP99()
    {
        await using var fixture = new ChatServerFixture(new ChatServer());
        var output = new RecordingOutput();
        OrderingSuiteOver suite = null!;
        await Passes(fixture, f => suite = new OrderingSuiteOver(f, output, users: 10), s => s.DeliveryLatency_IsRecordedAsMetrics());

        suite.RecordedMetrics.Select(m => (m.Name, m.Unit)).Should().Contain([("delivery_latency_p50", "ms"), ("delivery_latency_p99", "ms"), ("delivery_latency_samples", "events")]);
        suite.RecordedMetrics.Single(m => m.Name == "delivery_latency_samples").Value.Should().Be(10 * 2 * 5);
        output.Lines.Should().Contain(l => l.Contains("Delivery latency over 100 of 100 events (10 users x 2 runs): p50 "));
    }

    [Fact]
    public async Task DeliveryLatency_NoSentAtField_RecordsNothingAndSaysSo()
    {
        await using var fixture = new ChatServerFixture(new ChatServer());
        var output = new RecordingOutput();
        OrderingSuiteOver suite = null!;
        await Passes(fixture, f => suite = new OrderingSuiteOver(f, output, users: 5) { SentAt = "server_time" }, s => s.DeliveryLatency_IsRecordedAsMetrics());

        suite.RecordedMetrics.Should().NotContain(m => m.Name.StartsWith("delivery_latency", StringComparison.Ordinal));
        output.Lines.Should().Contain(l => l.Contains("Delivery latency not recorded: none of the 50 received events carries a 'server_time' field"));
    }

    [Fact]
    public async Task EveryCheck_CorrectServer_PassesIn20ConsecutiveRuns()
    {
        await using var fixture = new ChatServerFixture(new ChatServer());
        for (int run = 1; run <= 20; run++)
        {
            OrderingSuiteOver Suite(ChatServerFixture f) => new(f, new RecordingOutput(), run, users: 20);
            await Passes(fixture, Suite, s => s.Run_DeliversEveryCriticalEvent());
            await Passes(fixture, Suite, s => s.Run_EventsArriveInProtocolOrder());
            await Passes(fixture, Suite, s => s.ConcurrentRunsOfOneUser_EachKeepTheirOrder());
            await Passes(fixture, Suite, s => s.NoEventForARun_AfterItsCompletion());
            await Passes(fixture, Suite, s => s.ConcurrentUsers_EachReceiveExactlyTheirOwnEventsInOrder());
            await Passes(fixture, Suite, s => s.DeliveryLatency_IsRecordedAsMetrics());
            await Passes(fixture, Suite, s => s.SlowConsumer_StillReceivesEveryEventInOrder());

            IsolationSuiteOver Isolation(ChatServerFixture f) => new(f, run, users: 20);
            await Passes(fixture, Isolation, s => s.Events_ForOneUser_NeverReachAnother());
            await Passes(fixture, Isolation, s => s.ConcurrentUsers_EachReceiveExactlyTheirOwnEvents());
            await Passes(fixture, Isolation, s => s.State_WrittenForOneUser_IsInvisibleToAnother());
            await Passes(fixture, Isolation, s => s.Disconnect_SystemKeepsNoReferenceToTheConnection());
            await Passes(fixture, Isolation, s => s.Reconnect_StartsClean());
        }

        fixture.Server.ConnectionCount.Should().Be(0, "every harness closes the clients it connected");
    }
}
