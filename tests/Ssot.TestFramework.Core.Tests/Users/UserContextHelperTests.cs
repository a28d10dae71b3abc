using FluentAssertions;
using FluentAssertions.Specialized;
using Microsoft.Extensions.Time.Testing;
using Ssot.TestFramework.Users;

namespace Ssot.TestFramework.Core.Tests.Users;

public sealed class UserContextHelperTests
{
    /// <summary>Real time a run may take once it can finish; it never decides a pass, it turns a hang into a failure.</summary>
    private static readonly TimeSpan s_hangGuard = TimeSpan.FromMinutes(1);

    private readonly FakeTimeProvider _clock = new();
    private readonly UserContextHelper _users;

    public UserContextHelperTests() => _users = new(new UserContextGenerator(2024)) { Clock = _clock };

    [Fact]
    public void Constructor_NullGenerator_Throws()
    {
        Func<UserContextHelper> act = () => new UserContextHelper(null!);

        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Create_DelegatesToSeededGenerator()
    {
        IReadOnlyList<UserContext> expected = new UserContextGenerator(2024).Create(3);

        new[] { _users.Create() }.Concat(_users.Create(2)).Should().Equal(expected);
        _users.Seed.Should().Be(2024);
    }

    [Fact]
    public async Task RunConcurrentlyAsync_StartGate_EveryOperationSeesAllUsersArrived()
    {
        const int UserCount = 32;
        int arrived = 0;
        _users.OnGateArrival = _ => Interlocked.Increment(ref arrived);

        ConcurrentUserRun<int> run = await _users.RunConcurrentlyAsync(_users.Create(UserCount), (_, _) => Task.FromResult(Volatile.Read(ref arrived)));

        run.ThrowIfAnyFailed();
        run.Outcomes.Select(o => o.Result).Should().AllBeEquivalentTo(UserCount);
    }

    [Fact]
    public async Task RunConcurrentlyAsync_OperationsOverlap_AllAreInFlightTogether()
    {
        const int UserCount = 16;
        int inFlight = 0;
        var allInFlight = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        ConcurrentUserRun<bool> run = await _users.RunConcurrentlyAsync(_users.Create(UserCount), async (_, ct) =>
        {
            if (Interlocked.Increment(ref inFlight) == UserCount)
            {
                allInFlight.TrySetResult();
            }

            await allInFlight.Task.WaitAsync(ct);
            return true;
        }, new ConcurrentRunOptions { Timeout = TimeSpan.FromSeconds(10) }).WaitAsync(s_hangGuard); // On the fake clock the 10 s never pass: if the operations did not overlap, the guard turns the hang into a failure.

        run.Outcomes.Should().HaveCount(UserCount).And.OnlyContain(o => o.Succeeded);
    }

    [Fact]
    public async Task RunConcurrentlyAsync_OperationThrows_CollectsExceptionPerUser()
    {
        IReadOnlyList<UserContext> users = _users.Create(3);
        UserContext failing = users[1];

        ConcurrentUserRun<int> run = await _users.RunConcurrentlyAsync(users, (user, _) =>
            user == failing ? Task.FromException<int>(new InvalidOperationException("boom")) : Task.FromResult(1));

        run.Outcomes.Select(o => o.Context).Should().Equal(users);
        run.Outcomes[1].Succeeded.Should().BeFalse();
        run.Outcomes[1].Exception.Should().BeOfType<InvalidOperationException>();
        run.Outcomes[0].Succeeded.Should().BeTrue();
        run.Outcomes[0].Result.Should().Be(1);
        run.Failures.Should().ContainSingle().Which.Context.Should().Be(failing);
    }

    [Fact]
    public async Task RunConcurrentlyAsync_SynchronousThrow_IsCollectedNotThrown()
    {
        ConcurrentUserRun<int> run = await _users.RunConcurrentlyAsync<int>(_users.Create(2), (_, _) => throw new ArgumentException("sync"));

        run.Outcomes.Should().OnlyContain(o => o.Exception is ArgumentException);
    }

    [Fact]
    public async Task RunConcurrentlyAsync_TimeoutElapses_ThrowsTimeoutNamingUnfinishedUsers()
    {
        IReadOnlyList<UserContext> users = _users.Create(3);
        UserContext stuck = users[2];
        int fastRecorded = 0;
        var fastDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _users.OnOutcome = user =>
        {
            if (user != stuck && Interlocked.Increment(ref fastRecorded) == 2)
            {
                fastDone.TrySetResult();
            }
        };
        Task<ConcurrentUserRun<int>> run = _users.RunConcurrentlyAsync(users, async (user, ct) =>
        {
            if (user == stuck)
            {
                await Task.Delay(Timeout.Infinite, ct);
            }

            return 0;
        }, new ConcurrentRunOptions { Timeout = TimeSpan.FromSeconds(2) });

        // The fake clock moves only once both fast users' outcomes are recorded, so they are never reported unfinished.
        await fastDone.Task.WaitAsync(s_hangGuard);
        _clock.Advance(TimeSpan.FromSeconds(2) - TimeSpan.FromMilliseconds(1));
        run.IsCompleted.Should().BeFalse("the timeout has not passed yet");
        _clock.Advance(TimeSpan.FromMilliseconds(1));

        ExceptionAssertions<TimeoutException> thrown = await run.WaitAsync(s_hangGuard).Awaiting(t => t).Should().ThrowAsync<TimeoutException>();
        thrown.Which.Message.Should().Be($"1 of 3 concurrent user operations did not finish within 00:00:02: user[{stuck.UserId.Value}].");
    }

    [Fact]
    public async Task RunConcurrentlyAsync_FinishesWithinTimeout_ReturnsOutcomes()
    {
        // The fake clock never moves: the run can only end because every operation finished.
        ConcurrentUserRun<UserId> run = await _users.RunConcurrentlyAsync(_users.Create(4), (u, _) => Task.FromResult(u.UserId), new ConcurrentRunOptions { Timeout = TimeSpan.FromSeconds(2) }).WaitAsync(s_hangGuard);

        run.Outcomes.Select(o => o.Result).Should().Equal(run.Outcomes.Select(o => o.Context.UserId));
    }

    [Fact]
    public async Task RunConcurrentlyAsync_InvalidArguments_Throw()
    {
        // The user count is now given to Create, which rejects a negative count; zero users is an empty list.
        _users.Invoking(u => u.Create(-1)).Should().Throw<ArgumentOutOfRangeException>();
        await FluentActions.Awaiting(() => _users.RunConcurrentlyAsync(_users.Create(0), (_, _) => Task.FromResult(0)))
            .Should().ThrowAsync<ArgumentException>().WithParameterName("users");
        await FluentActions.Awaiting(() => _users.RunConcurrentlyAsync(Array.Empty<UserContext>(), (_, _) => Task.FromResult(0)))
            .Should().ThrowAsync<ArgumentException>();
        await FluentActions.Awaiting(() => _users.RunConcurrentlyAsync<int>(_users.Create(1), null!))
            .Should().ThrowAsync<ArgumentNullException>();
    }

    [Fact]
    public async Task RunConcurrentlyAsync_OptionsToken_CancelsEveryOperation()
    {
        using var cancel = new CancellationTokenSource();
        IReadOnlyList<UserContext> users = _users.Create(3);
        int started = 0;
        var allStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        Task<ConcurrentUserRun<int>> run = _users.RunConcurrentlyAsync(users, async (_, ct) =>
        {
            if (Interlocked.Increment(ref started) == users.Count)
            {
                allStarted.TrySetResult();
            }

            await Task.Delay(Timeout.Infinite, ct);
            return 0;
        }, new ConcurrentRunOptions { CancellationToken = cancel.Token });
        await allStarted.Task.WaitAsync(s_hangGuard);
        run.IsCompleted.Should().BeFalse("nothing cancelled the operations yet");
        await cancel.CancelAsync();

        ConcurrentUserRun<int> outcome = await run.WaitAsync(s_hangGuard);
        outcome.Failures.Should().HaveCount(3).And.OnlyContain(o => o.Exception is OperationCanceledException);
    }

    [Fact]
    public async Task RunConcurrentlyAsync_NoOptions_AppliesNoTimeout()
    {
        // Without options no timer exists: advancing the fake clock far ends nothing, only the operation's own end does.
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Task<ConcurrentUserRun<bool>> run = _users.RunConcurrentlyAsync(_users.Create(2), async (_, _) =>
        {
            await release.Task;
            return true;
        });
        _clock.Advance(TimeSpan.FromDays(365));
        run.IsCompleted.Should().BeFalse();
        release.SetResult();

        (await run.WaitAsync(s_hangGuard)).Outcomes.Should().OnlyContain(o => o.Succeeded);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-1L)] // one tick below zero (Timeout.InfiniteTimeSpan is -1 ms, accepted)
    [InlineData(-20_000_000L)]
    public void ConcurrentRunOptions_NonPositiveTimeout_ThrowsNamingTheValue(long ticks)
    {
        var bad = TimeSpan.FromTicks(ticks);

        Func<ConcurrentRunOptions> act = () => new ConcurrentRunOptions { Timeout = bad };

        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName(nameof(ConcurrentRunOptions.Timeout))
            .Which.Message.Should().Contain($"ConcurrentRunOptions.Timeout is {bad}, but it must be positive").And.Contain("Timeout.InfiniteTimeSpan");
    }

    [Fact]
    public void ConcurrentRunOptions_DefaultsAndValidValues_AreAccepted()
    {
        ConcurrentRunOptions.Default.Timeout.Should().Be(Timeout.InfiniteTimeSpan);
        ConcurrentRunOptions.Default.CancellationToken.Should().Be(CancellationToken.None);
        new ConcurrentRunOptions().Timeout.Should().Be(Timeout.InfiniteTimeSpan);
        new ConcurrentRunOptions { Timeout = Timeout.InfiniteTimeSpan }.Timeout.Should().Be(Timeout.InfiniteTimeSpan);
        new ConcurrentRunOptions { Timeout = TimeSpan.FromTicks(1) }.Timeout.Should().Be(TimeSpan.FromTicks(1));
    }
}
