using FluentAssertions;
using Ssot.TestFramework.Fixtures.Events;

namespace Ssot.TestFramework.Tests.Fixtures.Events;

public sealed class EventProbeTests
{
    private static readonly TimeSpan Short = TimeSpan.FromMilliseconds(150);
    private readonly EventLog _log = new("test log");

    private EventProbe Probe() => new(_log, new EventProbeOptions { TimeFactor = 1 });

    [Fact]
    public async Task ExpectAsync_EventPublishedLater_ReturnsItAndAdvancesCursor()
    {
        EventProbe probe = Probe();
        _log.Publish("noise");
        Task<ObservedEvent> expect = probe.ExpectAsync("agent_started");

        _ = Task.Run(() => _log.Publish("agent_started", runId: "run_1"));
        ObservedEvent e = await expect;

        e.RunId.Should().Be("run_1");
        e.Sequence.Should().Be(2);
        probe.Cursor.Should().Be(2);
    }

    [Fact]
    public async Task ExpectAsync_Missing_FailsWithExpectedReceivedAndElapsed()
    {
        EventProbe probe = Probe();
        _log.Publish("agent_started", userId: "usr_a", runId: "run_1");

        Func<Task> expect = () => probe.ExpectAsync("agent_completed", Short);

        EventExpectationException failure = (await expect.Should().ThrowAsync<EventExpectationException>()
            .WithMessage("ExpectAsync(agent_completed) failed on 'test log': timed out.*")).Which;
        failure.Message.Should().Contain("not found [agent_completed]")
            .And.Contain("#1 agent_started (user=usr_a, run=run_1)")
            .And.Contain("of 150 ms allowed");
        failure.Missing.Should().Equal("agent_completed");
        probe.Cursor.Should().Be(0);
    }

    [Fact]
    public async Task ExpectAsync_SourceCompleted_FailsWithoutWaitingForTimeout()
    {
        EventProbe probe = Probe();
        _log.Complete();

        Func<Task> expect = () => probe.ExpectAsync(e => e.UserId == "usr_x", TimeSpan.FromMinutes(5));

        await expect.Should().ThrowAsync<EventExpectationException>().WithMessage("*the source completed*");
    }

    [Fact]
    public async Task ExpectSequenceAsync_InterleavedEventsNotStrict_ReturnsMatchesInOrder()
    {
        EventProbe probe = Probe();
        foreach (string type in new[] { "agent_started", "noise", "agent_thinking", "agent_completed" }) _log.Publish(type);

        IReadOnlyList<ObservedEvent> found = await probe.ExpectSequenceAsync("agent_started", "agent_thinking", "agent_completed");

        found.Select(e => e.Sequence).Should().Equal(1, 3, 4);
        probe.Cursor.Should().Be(4);
    }

    [Fact]
    public async Task ExpectSequenceAsync_OutOfOrder_ReportsFirstOutOfOrderEventAndMissing()
    {
        EventProbe probe = Probe();
        foreach (string type in new[] { "agent_started", "agent_completed", "agent_thinking" }) _log.Publish(type);

        Func<Task> expect = () => probe.ExpectSequenceAsync([EventMatcher.OfType("agent_started"), "agent_thinking", "agent_completed"], timeout: Short);

        EventExpectationException failure = (await expect.Should().ThrowAsync<EventExpectationException>()).Which;
        failure.Message.Should().Contain("timed out")
            .And.Contain("not found [agent_completed]")
            .And.Contain("Found: [#1 agent_started, #3 agent_thinking]")
            .And.Contain("First out-of-order event: #2 agent_completed matches expected [2] agent_completed but arrived while waiting for [1] agent_thinking");
        failure.FirstOutOfOrder!.Sequence.Should().Be(2);
    }

    [Fact]
    public async Task ExpectSequenceAsync_StrictWithInterleavedEvent_FailsAtOnce()
    {
        EventProbe probe = Probe();
        foreach (string type in new[] { "a", "noise", "b" }) _log.Publish(type);

        Func<Task> expect = () => probe.ExpectSequenceAsync(["a", "b"], strict: true, timeout: TimeSpan.FromMinutes(5));

        await expect.Should().ThrowAsync<EventExpectationException>()
            .WithMessage("ExpectSequenceAsync(strict [a, b]) failed*out of order*First out-of-order event: #2 noise arrived while waiting for [1] b*");
    }

    [Fact]
    public async Task ExpectSequenceAsync_StrictExactSequence_Passes()
    {
        EventProbe probe = Probe();
        foreach (string type in new[] { "a", "b" }) _log.Publish(type);

        IReadOnlyList<ObservedEvent> found = await probe.ExpectSequenceAsync(["a", "b"], strict: true);

        found.Should().HaveCount(2);
    }

    [Fact]
    public async Task ExpectAllOfAsync_AnyOrder_ReturnsInArrivalOrder()
    {
        EventProbe probe = Probe();
        Task<IReadOnlyList<ObservedEvent>> expect = probe.ExpectAllOfAsync("a", "b", "c");
        _ = Task.Run(() =>
        {
            foreach (string type in new[] { "c", "a", "b" }) _log.Publish(type);
        });

        (await expect).Select(e => e.Type).Should().Equal("c", "a", "b");
    }

    [Fact]
    public async Task ExpectAllOfAsync_UnexpectedEvent_ReportsNotFoundAndFoundUnexpected()
    {
        EventProbe probe = Probe();
        foreach (string type in new[] { "b", "x", "a" }) _log.Publish(type);

        Func<Task> expect = () => probe.ExpectAllOfAsync("a", "b", "c");

        EventExpectationException failure = (await expect.Should().ThrowAsync<EventExpectationException>()).Which;
        failure.Message.Should().Contain("some events did not match")
            .And.Contain("not found [c]")
            .And.Contain("found unexpected [#2 x]");
        failure.Unexpected.Single().Type.Should().Be("x");
    }

    [Fact]
    public async Task ExpectAllOfAsync_TooFewEvents_TimesOutWithNotFound()
    {
        EventProbe probe = Probe();
        _log.Publish("a");

        Func<Task> expect = () => probe.ExpectAllOfAsync([EventMatcher.OfType("a"), "b"], Short);

        await expect.Should().ThrowAsync<EventExpectationException>().WithMessage("*timed out*not found [b]*");
    }

    [Fact]
    public async Task ExpectNoEventAsync_OnlyOtherUsersEvents_Passes()
    {
        EventProbe probe = Probe();
        _log.Publish("agent_started", userId: "usr_a");

        await probe.ExpectNoEventAsync(TimeSpan.FromMilliseconds(50), e => e.UserId == "usr_b");

        probe.Cursor.Should().Be(0);
    }

    [Fact]
    public async Task ExpectNoEventAsync_ForbiddenEventArrives_FailsWithOffendingEvent()
    {
        EventProbe probe = Probe();
        Task quiet = probe.ExpectNoEventAsync(TimeSpan.FromMinutes(5), EventMatcher.Where("event of usr_b", e => e.UserId == "usr_b"));

        _log.Publish("agent_started", userId: "usr_a");
        _log.Publish("agent_started", userId: "usr_b", runId: "run_9");

        await quiet.Awaiting(t => t).Should().ThrowAsync<EventExpectationException>()
            .WithMessage("*a forbidden event arrived: #2 agent_started (user=usr_b, run=run_9)*Expected: [no event of usr_b]*");
    }

    [Fact]
    public async Task WithinAsync_FirstWaitExhaustsDeadline_SecondFailsImmediatelyWithDeadline()
    {
        EventProbe probe = Probe();

        Func<Task> within = () => probe.WithinAsync(TimeSpan.FromMilliseconds(200), async () =>
        {
            await probe.ExpectNoEventAsync(TimeSpan.FromSeconds(10));
            await probe.ExpectAsync("anything", TimeSpan.FromMinutes(5));
        });

        await within.Should().ThrowAsync<EventExpectationException>()
            .WithMessage("ExpectAsync(anything) failed*the shared deadline of the enclosing Within(200 ms)*already exhausted*Elapsed: 0 ms of 0 ms allowed*");
    }

    [Fact]
    public async Task WithinAsync_InnerTimeoutLongerThanRemaining_WaitIsLimitedBySharedDeadline()
    {
        EventProbe probe = Probe();

        Func<Task> within = () => probe.WithinAsync(TimeSpan.FromMilliseconds(100), () => probe.ExpectAsync("never", TimeSpan.FromMinutes(5)));

        await within.Should().ThrowAsync<EventExpectationException>()
            .WithMessage("*timed out at the shared deadline*limited by the shared deadline of Within(100 ms)*");
    }

    [Fact]
    public async Task WithinAsync_WaitsSucceedInTime_ReturnsBodyResult()
    {
        EventProbe probe = Probe();
        _log.Publish("a");
        _log.Publish("b");

        ObservedEvent b = await probe.WithinAsync(TimeSpan.FromSeconds(5), async () =>
        {
            await probe.ExpectAsync("a");
            return await probe.ExpectAsync("b");
        });

        b.Sequence.Should().Be(2);
    }

    [Fact]
    public async Task WithinAsync_QuietWaitLongerThanDeadline_EndsAtTheDeadlineWithoutFailing()
    {
        EventProbe probe = Probe();

        await probe.WithinAsync(TimeSpan.FromMilliseconds(50), () => probe.ExpectNoEventAsync(TimeSpan.FromMinutes(5)));

        probe.Cursor.Should().Be(0);
    }

    [Fact]
    public async Task WithinAsync_NestedLongerWithin_KeepsTheOuterDeadline()
    {
        EventProbe probe = Probe();

        Func<Task> nested = () => probe.WithinAsync(TimeSpan.FromMilliseconds(100), () =>
            probe.WithinAsync(TimeSpan.FromMinutes(5), () => probe.ExpectAsync("never", TimeSpan.FromMinutes(5))));

        await nested.Should().ThrowAsync<EventExpectationException>().WithMessage("*timed out at the shared deadline*");
    }
}
