using FluentAssertions;
using Microsoft.Extensions.Time.Testing;
using Ssot.TestFramework.Fixtures.Events;

namespace Ssot.TestFramework.Fixtures.Tests.Events;

/// <remarks>
/// Every probe runs on a <see cref="FakeTimeProvider"/> that only moves when a test advances it, so timeouts and
/// deadlines end exactly where the test says and failure messages show exact times. The timeouts are minutes long on
/// purpose: a probe that measured or waited on the real clock would not end within <see cref="s_hangGuard"/> and fail.
/// </remarks>
public sealed class EventProbeTests
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan s_longer = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan s_oneMs = TimeSpan.FromMilliseconds(1);

    /// <summary>
    /// Real time allowed for a probe task to finish once the fake clock has passed its end or its events came. It
    /// never decides a pass: a correct probe ends as soon as its continuations run. A broken one (say, a deadline that
    /// is not shared) would wait forever on the fake clock; the guard turns that hang into a failure.
    /// </summary>
    private static readonly TimeSpan s_hangGuard = TimeSpan.FromMinutes(1);

    private readonly FakeTimeProvider _clock = new();
    private readonly EventLog _log = new("test log");

    private EventProbe Probe() => new(_log, new EventProbeOptions { TimeFactor = 1, Clock = _clock });

    private static Task Ended(Task task) => task.WaitAsync(s_hangGuard);

    private static Task<T> Ended<T>(Task<T> task) => task.WaitAsync(s_hangGuard);

    private static string Lines(params string[] lines) => string.Join(Environment.NewLine, lines);

    [Fact]
    public async Task ExpectAsync_EventPublishedLater_ReturnsItAndAdvancesCursor()
    {
        EventProbe probe = Probe();
        _log.Publish("noise");
        Task<ObservedEvent> expect = probe.ExpectAsync("agent_started");

        _ = Task.Run(() => _log.Publish("agent_started", runId: "run_1"));
        ObservedEvent e = await Ended(expect);

        e.RunId.Should().Be("run_1");
        e.Sequence.Should().Be(2);
        probe.Cursor.Should().Be(2);
    }

    [Fact]
    public async Task ExpectAsync_Missing_FailsAtTheTimeoutWithExpectedReceivedAndElapsed()
    {
        EventProbe probe = Probe();
        _log.Publish("agent_started", userId: "usr_a", runId: "run_1");
        Task<ObservedEvent> expect = probe.ExpectAsync("agent_completed", s_timeout);

        _clock.Advance(s_timeout - s_oneMs);
        expect.IsCompleted.Should().BeFalse("the timeout has not passed yet");
        _clock.Advance(s_oneMs);

        EventExpectationException failure = (await Ended(expect).Awaiting(t => t).Should().ThrowAsync<EventExpectationException>()).Which;
        failure.Message.Should().Be(Lines(
            "ExpectAsync(agent_completed) failed on 'test log': timed out.",
            "Expected: [agent_completed]",
            "not found [agent_completed]",
            "Received since cursor (1):",
            "  #1 agent_started (user=usr_a, run=run_1)",
            "Elapsed: 120000 ms of 120000 ms allowed."));
        failure.Missing.Should().Equal("agent_completed");
        failure.Elapsed.Should().Be(s_timeout);
        failure.Allowed.Should().Be(s_timeout);
        probe.Cursor.Should().Be(0);
    }

    [Fact]
    public async Task ExpectAsync_SourceCompleted_FailsWithoutWaitingForTimeout()
    {
        EventProbe probe = Probe();
        _log.Complete();

        Func<Task> expect = () => Ended(probe.ExpectAsync(e => e.UserId == "usr_x", TimeSpan.FromMinutes(5)));

        await expect.Should().ThrowAsync<EventExpectationException>()
            .WithMessage("*: the source completed (no more events will arrive).*Elapsed: 0 ms of 300000 ms allowed.");
    }

    [Fact]
    public async Task ExpectSequenceAsync_InterleavedEventsNotStrict_ReturnsMatchesInOrder()
    {
        EventProbe probe = Probe();
        foreach (string type in new[] { "agent_started", "noise", "agent_thinking", "agent_completed" })
        {
            _log.Publish(type);
        }

        IReadOnlyList<ObservedEvent> found = await Ended(probe.ExpectSequenceAsync("agent_started", "agent_thinking", "agent_completed"));

        found.Select(e => e.Sequence).Should().Equal(1, 3, 4);
        probe.Cursor.Should().Be(4);
    }

    [Fact]
    public async Task ExpectSequenceAsync_OutOfOrder_ReportsFirstOutOfOrderEventAndMissing()
    {
        EventProbe probe = Probe();
        foreach (string type in new[] { "agent_started", "agent_completed", "agent_thinking" })
        {
            _log.Publish(type);
        }

        Task<IReadOnlyList<ObservedEvent>> expect = probe.ExpectSequenceAsync(
            [EventMatcher.OfType("agent_started"), "agent_thinking", "agent_completed"], timeout: s_timeout);

        _clock.Advance(s_timeout);

        EventExpectationException failure = (await Ended(expect).Awaiting(t => t).Should().ThrowAsync<EventExpectationException>()).Which;
        failure.Message.Should().Be(Lines(
            "ExpectSequenceAsync([agent_started, agent_thinking, agent_completed]) failed on 'test log': timed out.",
            "Expected: [agent_started, agent_thinking, agent_completed]",
            "Found: [#1 agent_started, #3 agent_thinking]",
            "not found [agent_completed]",
            "First out-of-order event: #2 agent_completed matches expected [2] agent_completed but arrived while waiting for [1] agent_thinking",
            "Received since cursor (3):",
            "  #1 agent_started",
            "  #2 agent_completed",
            "  #3 agent_thinking",
            "Elapsed: 120000 ms of 120000 ms allowed."));
        failure.FirstOutOfOrder!.Sequence.Should().Be(2);
    }

    [Fact]
    public async Task ExpectSequenceAsync_StrictWithInterleavedEvent_FailsAtOnce()
    {
        EventProbe probe = Probe();
        foreach (string type in new[] { "a", "noise", "b" })
        {
            _log.Publish(type);
        }

        Func<Task> expect = () => Ended(probe.ExpectSequenceAsync(["a", "b"], strict: true, timeout: TimeSpan.FromMinutes(5)));

        await expect.Should().ThrowAsync<EventExpectationException>()
            .WithMessage("ExpectSequenceAsync(strict [a, b]) failed*out of order*First out-of-order event: #2 noise arrived while waiting for [1] b*Elapsed: 0 ms of 300000 ms allowed.");
    }

    [Fact]
    public async Task ExpectSequenceAsync_StrictExactSequence_Passes()
    {
        EventProbe probe = Probe();
        foreach (string type in new[] { "a", "b" })
        {
            _log.Publish(type);
        }

        IReadOnlyList<ObservedEvent> found = await Ended(probe.ExpectSequenceAsync(["a", "b"], strict: true));

        found.Should().HaveCount(2);
    }

    [Fact]
    public async Task ExpectAllOfAsync_AnyOrder_ReturnsInArrivalOrder()
    {
        EventProbe probe = Probe();
        Task<IReadOnlyList<ObservedEvent>> expect = probe.ExpectAllOfAsync("a", "b", "c");
        _ = Task.Run(() =>
        {
            foreach (string type in new[] { "c", "a", "b" })
            {
                _log.Publish(type);
            }
        });

        (await Ended(expect)).Select(e => e.Type).Should().Equal("c", "a", "b");
    }

    [Fact]
    public async Task ExpectAllOfAsync_UnexpectedEvent_ReportsNotFoundAndFoundUnexpected()
    {
        EventProbe probe = Probe();
        foreach (string type in new[] { "b", "x", "a" })
        {
            _log.Publish(type);
        }

        Func<Task> expect = () => Ended(probe.ExpectAllOfAsync("a", "b", "c"));

        EventExpectationException failure = (await expect.Should().ThrowAsync<EventExpectationException>()).Which;
        failure.Message.Should().Contain("some events did not match")
            .And.Contain("not found [c]")
            .And.Contain("found unexpected [#2 x]")
            .And.EndWith("Elapsed: 0 ms of 5000 ms allowed.");
        failure.Unexpected.Single().Type.Should().Be("x");
    }

    [Fact]
    public async Task ExpectAllOfAsync_TooFewEvents_TimesOutWithNotFound()
    {
        EventProbe probe = Probe();
        _log.Publish("a");
        Task<IReadOnlyList<ObservedEvent>> expect = probe.ExpectAllOfAsync([EventMatcher.OfType("a"), "b"], s_timeout);

        _clock.Advance(s_timeout - s_oneMs);
        expect.IsCompleted.Should().BeFalse("the timeout has not passed yet");
        _clock.Advance(s_oneMs);

        await Ended(expect).Awaiting(t => t).Should().ThrowAsync<EventExpectationException>()
            .WithMessage("ExpectAllOfAsync([a, b]) failed on 'test log': timed out.*Found: [#1 a]*not found [b]*Elapsed: 120000 ms of 120000 ms allowed.");
    }

    [Fact]
    public async Task ExpectNoEventAsync_OnlyOtherUsersEvents_PassesAfterTheFullDuration()
    {
        EventProbe probe = Probe();
        _log.Publish("agent_started", userId: "usr_a");
        Task quiet = probe.ExpectNoEventAsync(s_timeout, e => e.UserId == "usr_b");

        _clock.Advance(s_timeout - s_oneMs);
        quiet.IsCompleted.Should().BeFalse("the quiet period has not passed yet");
        _clock.Advance(s_oneMs);
        await Ended(quiet);

        probe.Cursor.Should().Be(0);
    }

    [Fact]
    public async Task ExpectNoEventAsync_ForbiddenEventArrives_FailsWithOffendingEvent()
    {
        EventProbe probe = Probe();
        Task quiet = probe.ExpectNoEventAsync(TimeSpan.FromMinutes(5), EventMatcher.Where("event of usr_b", e => e.UserId == "usr_b"));

        _log.Publish("agent_started", userId: "usr_a");
        _log.Publish("agent_started", userId: "usr_b", runId: "run_9");

        await Ended(quiet).Awaiting(t => t).Should().ThrowAsync<EventExpectationException>()
            .WithMessage("*a forbidden event arrived: #2 agent_started (user=usr_b, run=run_9)*Expected: [no event of usr_b]*Elapsed: 0 ms of 300000 ms allowed.");
    }

    [Fact]
    public async Task WithinAsync_FirstWaitExhaustsDeadline_SecondFailsImmediatelyWithDeadline()
    {
        EventProbe probe = Probe();
        Task within = probe.WithinAsync(TimeSpan.FromMilliseconds(200), async () =>
        {
            await probe.ExpectNoEventAsync(TimeSpan.FromSeconds(10));
            await probe.ExpectAsync("anything", TimeSpan.FromMinutes(5));
        });

        _clock.Advance(TimeSpan.FromMilliseconds(199));
        within.IsCompleted.Should().BeFalse("the first wait lasts until the shared deadline");
        _clock.Advance(s_oneMs);

        EventExpectationException failure = (await Ended(within).Awaiting(t => t).Should().ThrowAsync<EventExpectationException>()).Which;
        failure.Message.Should().Be(Lines(
            "ExpectAsync(anything) failed on 'test log': the shared deadline of the enclosing Within(200 ms), 200 ms elapsed was already exhausted before this wait started.",
            "Received since cursor: (nothing)",
            "Elapsed: 0 ms of 0 ms allowed."));
        failure.Allowed.Should().Be(TimeSpan.Zero);
    }

    [Fact]
    public async Task WithinAsync_SecondWaitAfterFirstSucceeds_GetsOnlyTheTimeLeft()
    {
        EventProbe probe = Probe();
        var secondStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Task within = probe.WithinAsync(s_timeout, async () =>
        {
            await probe.ExpectAsync("a", s_longer);
            Task<ObservedEvent> second = probe.ExpectAsync("b", s_longer);
            secondStarted.SetResult();
            await second;
        });

        _clock.Advance(TimeSpan.FromSeconds(30));
        _log.Publish("a");
        await Ended(secondStarted.Task);
        _clock.Advance(TimeSpan.FromSeconds(90) - s_oneMs);
        within.IsCompleted.Should().BeFalse("the shared deadline has not passed yet");
        _clock.Advance(s_oneMs);

        EventExpectationException failure = (await Ended(within).Awaiting(t => t).Should().ThrowAsync<EventExpectationException>()).Which;
        failure.Message.Should().Be(Lines(
            "ExpectAsync(b) failed on 'test log': timed out at the shared deadline.",
            "Expected: [b]",
            "not found [b]",
            "Received since cursor: (nothing)",
            "Elapsed: 90000 ms of 90000 ms allowed (limited by the shared deadline of Within(120000 ms), 30000 ms elapsed)."));
        probe.Cursor.Should().Be(1);
    }

    [Fact]
    public async Task WithinAsync_WaitOnAnotherProbe_SharesTheDeadline()
    {
        EventProbe probe = Probe();
        var otherLog = new EventLog("other log");
        var other = new EventProbe(otherLog, new EventProbeOptions { TimeFactor = 1, Clock = _clock });
        Task within = probe.WithinAsync(s_timeout, () => other.ExpectAsync("never", s_longer));

        _clock.Advance(s_timeout);

        await Ended(within).Awaiting(t => t).Should().ThrowAsync<EventExpectationException>()
            .WithMessage("ExpectAsync(never) failed on 'other log': timed out at the shared deadline.*Elapsed: 120000 ms of 120000 ms allowed (limited by the shared deadline of Within(120000 ms), 0 ms elapsed).");
    }

    [Fact]
    public async Task WithinAsync_InnerTimeoutLongerThanRemaining_WaitIsLimitedBySharedDeadline()
    {
        EventProbe probe = Probe();
        Task within = probe.WithinAsync(s_timeout, () => probe.ExpectAsync("never", s_longer));

        _clock.Advance(s_timeout - s_oneMs);
        within.IsCompleted.Should().BeFalse("the shared deadline has not passed yet");
        _clock.Advance(s_oneMs);

        EventExpectationException failure = (await Ended(within).Awaiting(t => t).Should().ThrowAsync<EventExpectationException>()).Which;
        failure.Message.Should().Be(Lines(
            "ExpectAsync(never) failed on 'test log': timed out at the shared deadline.",
            "Expected: [never]",
            "not found [never]",
            "Received since cursor: (nothing)",
            "Elapsed: 120000 ms of 120000 ms allowed (limited by the shared deadline of Within(120000 ms), 0 ms elapsed)."));
        failure.Allowed.Should().Be(s_timeout);
    }

    [Fact]
    public async Task WithinAsync_WaitsSucceedInTime_ReturnsBodyResult()
    {
        EventProbe probe = Probe();
        _log.Publish("a");
        _log.Publish("b");

        ObservedEvent b = await Ended(probe.WithinAsync(TimeSpan.FromSeconds(5), async () =>
        {
            await probe.ExpectAsync("a");
            return await probe.ExpectAsync("b");
        }));

        b.Sequence.Should().Be(2);
    }

    [Fact]
    public async Task WithinAsync_QuietWaitLongerThanDeadline_EndsAtTheDeadlineWithoutFailing()
    {
        EventProbe probe = Probe();
        Task within = probe.WithinAsync(s_timeout, () => probe.ExpectNoEventAsync(s_longer));

        _clock.Advance(s_timeout - s_oneMs);
        within.IsCompleted.Should().BeFalse("the shared deadline has not passed yet");
        _clock.Advance(s_oneMs);
        await Ended(within);

        probe.Cursor.Should().Be(0);
    }

    [Fact]
    public async Task WithinAsync_NestedLongerWithin_KeepsTheOuterDeadline()
    {
        EventProbe probe = Probe();
        Task nested = probe.WithinAsync(s_timeout, () =>
            probe.WithinAsync(s_longer, () => probe.ExpectAsync("never", s_longer)));

        _clock.Advance(s_timeout);

        await Ended(nested).Awaiting(t => t).Should().ThrowAsync<EventExpectationException>()
            .WithMessage("*: timed out at the shared deadline.*Elapsed: 120000 ms of 120000 ms allowed (limited by the shared deadline of Within(600000 ms), 0 ms elapsed).");
    }
}
