using FluentAssertions;
using Ssot.TestFramework.Isolation;
using Ssot.TestFramework.Users;

namespace Ssot.TestFramework.Core.Tests.Users;

public sealed class ConcurrentUserRunTests
{
    private readonly UserContextHelper _users = new(new UserContextGenerator(77));

    [Fact]
    public async Task ThrowIfAnyFailed_OneFailure_ThrowsNamingTheUser()
    {
        IReadOnlyList<UserContext> users = _users.Create(3);
        ConcurrentUserRun<int> run = await _users.RunConcurrentlyAsync(users, (u, _) =>
            u == users[2] ? Task.FromException<int>(new InvalidOperationException("kaput")) : Task.FromResult(0));

        Action act = run.ThrowIfAnyFailed;

        AggregateException thrown = act.Should().Throw<AggregateException>().Which;
        thrown.Message.Should().Contain($"user[{users[2].UserId.Value}]").And.Contain("kaput")
            .And.NotContain(users[0].UserId.Value);
        thrown.InnerExceptions.Should().ContainSingle().Which.Should().BeOfType<InvalidOperationException>();
    }

    [Fact]
    public async Task ThrowIfAnyFailed_AllSucceeded_DoesNotThrow()
    {
        ConcurrentUserRun<int> run = await _users.RunConcurrentlyAsync(_users.Create(3), (_, _) => Task.FromResult(0));

        run.Invoking(r => r.ThrowIfAnyFailed()).Should().NotThrow();
    }

    [Fact]
    public async Task AssertDistinctInstances_SameInstance_FailsNamingUsers()
    {
        var shared = new List<int>();
        IReadOnlyList<UserContext> users = _users.Create(3);
        ConcurrentUserRun<List<int>> run = await _users.RunConcurrentlyAsync(users, (u, _) => Task.FromResult(u == users[0] ? new List<int>() : shared));

        Action act = run.AssertDistinctInstances;

        act.Should().Throw<IsolationAssertionException>().Which.Message
            .Should().Contain($"user[{users[1].UserId.Value}], user[{users[2].UserId.Value}]")
            .And.NotContain(users[0].UserId.Value);
    }

    [Fact]
    public async Task AssertDistinctInstances_DistinctInstances_Passes()
    {
        ConcurrentUserRun<List<int>> run = await _users.RunConcurrentlyAsync(_users.Create(5), (_, _) => Task.FromResult(new List<int>()));

        run.Invoking(r => r.AssertDistinctInstances()).Should().NotThrow();
    }

    [Fact]
    public async Task AssertNoSharedState_SharedInnerList_FailsWithUserLabels()
    {
        var shared = new List<string>();
        IReadOnlyList<UserContext> users = _users.Create(2);
        ConcurrentUserRun<Holder> run = await _users.RunConcurrentlyAsync(users, (_, _) => Task.FromResult(new Holder(shared)));

        Action act = () => run.AssertNoSharedState();

        act.Should().Throw<IsolationAssertionException>().Which.Message.Should().Contain(
            $"reachable from user[{users[0].UserId.Value}] as holder.Items and from user[{users[1].UserId.Value}] as holder.Items");
    }

    [Fact]
    public async Task AssertNoSharedState_IndependentResults_Passes()
    {
        ConcurrentUserRun<Holder> run = await _users.RunConcurrentlyAsync(_users.Create(4), (_, _) => Task.FromResult(new Holder(new List<string> { "x" })));

        run.Invoking(r => r.AssertNoSharedState()).Should().NotThrow();
    }

    private sealed class Holder(List<string> items)
    {
        public List<string> Items { get; } = items;
    }
}
