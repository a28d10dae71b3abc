using FluentAssertions;
using Ssot.TestFramework.Users;

namespace Ssot.TestFramework.Tests.Users;

public sealed class UserContextHelperTests
{
    private readonly UserContextHelper _users = new(new UserContextGenerator(2024));

    [Fact]
    public void Constructor_NullGenerator_Throws()
    {
        var act = () => new UserContextHelper(null!);

        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Create_DelegatesToSeededGenerator()
    {
        var expected = new UserContextGenerator(2024).Create(3);

        new[] { _users.Create() }.Concat(_users.Create(2)).Should().Equal(expected);
        _users.Seed.Should().Be(2024);
    }

    [Fact]
    public async Task RunConcurrentlyAsync_StartGate_EveryOperationSeesAllUsersArrived()
    {
        const int UserCount = 32;
        var arrived = 0;
        _users.OnGateArrival = _ => Interlocked.Increment(ref arrived);

        var run = await _users.RunConcurrentlyAsync(UserCount, (_, _) => Task.FromResult(Volatile.Read(ref arrived)));

        run.ThrowIfAnyFailed();
        run.Outcomes.Select(o => o.Result).Should().AllBeEquivalentTo(UserCount);
    }

    [Fact]
    public async Task RunConcurrentlyAsync_OperationsOverlap_AllAreInFlightTogether()
    {
        const int UserCount = 16;
        var inFlight = 0;
        var allInFlight = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var run = await _users.RunConcurrentlyAsync(UserCount, async (_, ct) =>
        {
            if (Interlocked.Increment(ref inFlight) == UserCount)
            {
                allInFlight.TrySetResult();
            }

            await allInFlight.Task.WaitAsync(ct);
            return true;
        }, TimeSpan.FromSeconds(10));

        run.Outcomes.Should().HaveCount(UserCount).And.OnlyContain(o => o.Succeeded);
    }

    [Fact]
    public async Task RunConcurrentlyAsync_OperationThrows_CollectsExceptionPerUser()
    {
        var users = _users.Create(3);
        var failing = users[1];

        var run = await _users.RunConcurrentlyAsync(users, (user, _) =>
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
        var run = await _users.RunConcurrentlyAsync<int>(2, (_, _) => throw new ArgumentException("sync"));

        run.Outcomes.Should().OnlyContain(o => o.Exception is ArgumentException);
    }

    [Fact]
    public async Task RunConcurrentlyAsync_TimeoutElapses_ThrowsTimeoutNamingUnfinishedUsers()
    {
        var users = _users.Create(3);
        var stuck = users[2];

        var act = () => _users.RunConcurrentlyAsync(users, async (user, ct) =>
        {
            if (user == stuck)
            {
                await Task.Delay(Timeout.Infinite, ct);
            }

            return 0;
        }, TimeSpan.FromSeconds(2)); // Generous, so that the fast users have finished even on a busy machine.

        var thrown = await act.Should().ThrowAsync<TimeoutException>();
        thrown.Which.Message.Should().Contain($"user[{stuck.UserId.Value}]")
            .And.NotContain(users[0].UserId.Value).And.NotContain(users[1].UserId.Value);
    }

    [Fact]
    public async Task RunConcurrentlyAsync_FinishesWithinTimeout_ReturnsOutcomes()
    {
        var run = await _users.RunConcurrentlyAsync(_users.Create(4), (u, _) => Task.FromResult(u.UserId), TimeSpan.FromSeconds(30));

        run.Outcomes.Select(o => o.Result).Should().Equal(run.Outcomes.Select(o => o.Context.UserId));
    }

    [Fact]
    public async Task RunConcurrentlyAsync_InvalidArguments_Throw()
    {
        await FluentActions.Awaiting(() => _users.RunConcurrentlyAsync(0, (_, _) => Task.FromResult(0)))
            .Should().ThrowAsync<ArgumentOutOfRangeException>();
        await FluentActions.Awaiting(() => _users.RunConcurrentlyAsync(Array.Empty<UserContext>(), (_, _) => Task.FromResult(0)))
            .Should().ThrowAsync<ArgumentException>();
        await FluentActions.Awaiting(() => _users.RunConcurrentlyAsync<int>(1, null!))
            .Should().ThrowAsync<ArgumentNullException>();
    }
}
