using FluentAssertions;
using Ssot.TestFramework.Users;
using Ssot.TestFramework.Isolation;

namespace Ssot.TestFramework.Tests.Users;

public sealed class ConcurrentUserRunTests
{
    private readonly UserContextHelper _users = new(new UserContextGenerator(77));

    [Fact]
    public async Task ThrowIfAnyFailed_OneFailure_ThrowsNamingTheUser()
    {
        var users = _users.Create(3);
        var run = await _users.RunConcurrentlyAsync(users, (u, _) =>
            u == users[2] ? Task.FromException<int>(new InvalidOperationException("kaput")) : Task.FromResult(0));

        var act = run.ThrowIfAnyFailed;

        var thrown = act.Should().Throw<AggregateException>().Which;
        thrown.Message.Should().Contain($"user[{users[2].UserId.Value}]").And.Contain("kaput")
            .And.NotContain(users[0].UserId.Value);
        thrown.InnerExceptions.Should().ContainSingle().Which.Should().BeOfType<InvalidOperationException>();
    }

    [Fact]
    public async Task ThrowIfAnyFailed_AllSucceeded_DoesNotThrow()
    {
        var run = await _users.RunConcurrentlyAsync(3, (_, _) => Task.FromResult(0));

        run.Invoking(r => r.ThrowIfAnyFailed()).Should().NotThrow();
    }

    [Fact]
    public async Task AssertDistinctInstances_SameInstance_FailsNamingUsers()
    {
        var shared = new List<int>();
        var users = _users.Create(3);
        var run = await _users.RunConcurrentlyAsync(users, (u, _) => Task.FromResult(u == users[0] ? new List<int>() : shared));

        var act = run.AssertDistinctInstances;

        act.Should().Throw<IsolationAssertionException>().Which.Message
            .Should().Contain($"user[{users[1].UserId.Value}], user[{users[2].UserId.Value}]")
            .And.NotContain(users[0].UserId.Value);
    }

    [Fact]
    public async Task AssertDistinctInstances_DistinctInstances_Passes()
    {
        var run = await _users.RunConcurrentlyAsync(5, (_, _) => Task.FromResult(new List<int>()));

        run.Invoking(r => r.AssertDistinctInstances()).Should().NotThrow();
    }

    [Fact]
    public async Task AssertNoSharedState_SharedInnerList_FailsWithUserLabels()
    {
        var shared = new List<string>();
        var users = _users.Create(2);
        var run = await _users.RunConcurrentlyAsync(users, (_, _) => Task.FromResult(new Holder(shared)));

        var act = () => run.AssertNoSharedState();

        act.Should().Throw<IsolationAssertionException>().Which.Message.Should().Contain(
            $"reachable from user[{users[0].UserId.Value}] as holder.Items and from user[{users[1].UserId.Value}] as holder.Items");
    }

    [Fact]
    public async Task AssertNoSharedState_IndependentResults_Passes()
    {
        var run = await _users.RunConcurrentlyAsync(4, (_, _) => Task.FromResult(new Holder(new List<string> { "x" })));

        run.Invoking(r => r.AssertNoSharedState()).Should().NotThrow();
    }

    private sealed class Holder(List<string> items)
    {
        public List<string> Items { get; } = items;
    }
}
