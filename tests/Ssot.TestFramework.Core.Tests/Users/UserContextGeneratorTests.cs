using FluentAssertions;
using Ssot.TestFramework.Users;

namespace Ssot.TestFramework.Core.Tests.Users;

public sealed class UserContextGeneratorTests
{
    [Fact]
    public void Create_SameSeed_YieldsSameSequence()
    {
        IReadOnlyList<UserContext> first = new UserContextGenerator(42).Create(20);
        IReadOnlyList<UserContext> second = new UserContextGenerator(42).Create(20);

        second.Should().Equal(first);
    }

    [Fact]
    public void Create_DifferentSeed_YieldsDifferentContexts()
    {
        IReadOnlyList<UserContext> first = new UserContextGenerator(42).Create(5);
        IReadOnlyList<UserContext> second = new UserContextGenerator(43).Create(5);

        first.Select(c => c.UserId).Should().NotIntersectWith(second.Select(c => c.UserId));
    }

    [Fact]
    public void Create_SingleAndBatch_ContinueTheSameSequence()
    {
        var single = new UserContextGenerator(7);
        var batch = new UserContextGenerator(7);

        UserContext[] singles = new[] { single.Create(), single.Create(), single.Create() };

        batch.Create(3).Should().Equal(singles);
    }

    [Fact]
    public void Create_Always_UsesReadablePrefixesAndBase32Suffixes()
    {
        UserContext context = new UserContextGenerator(1).Create();

        context.UserId.Value.Should().MatchRegex("^usr_[a-z2-7]{12}$");
        context.ThreadId.Value.Should().MatchRegex("^thr_[a-z2-7]{12}$");
        context.RunId.Value.Should().MatchRegex("^run_[a-z2-7]{12}$");
        context.RequestId.Value.Should().MatchRegex("^req_[a-z2-7]{12}$");
        context.ConnectionId.Value.Should().MatchRegex("^conn_[a-z2-7]{12}$");
        context.ToString().Should().Be(context.UserId.Value);
    }

    [Fact]
    public void Create_TenThousandContexts_NoIdOfAnyKindRepeats()
    {
        IReadOnlyList<UserContext> contexts = new UserContextGenerator(99).Create(10_000);

        var ids = contexts.SelectMany(c => new[]
        {
            c.UserId.Value, c.ThreadId.Value, c.RunId.Value, c.RequestId.Value, c.ConnectionId.Value,
        }).ToList();

        ids.Should().HaveCount(50_000).And.OnlyHaveUniqueItems();
    }

    [Fact]
    public void Create_RandomSourceRepeatsSuffix_RegeneratesDeterministically()
    {
        var suffixes = new Queue<string>(["a", "b", "c", "d", "e", "a", "f", "b", "g", "c", "h", "d", "i", "e", "j"]);
        var generator = new UserContextGenerator(3, suffixes.Dequeue);

        generator.Create();
        UserContext second = generator.Create();

        second.UserId.Value.Should().Be("usr_f");
        second.ThreadId.Value.Should().Be("thr_g");
        second.RunId.Value.Should().Be("run_h");
        second.RequestId.Value.Should().Be("req_i");
        second.ConnectionId.Value.Should().Be("conn_j");
    }

    [Fact]
    public async Task Create_ConcurrentCallers_AllIdsUnique()
    {
        var generator = new UserContextGenerator(5);

        IReadOnlyList<UserContext>[] batches = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => generator.Create(500))));

        batches.SelectMany(b => b).Select(c => c.UserId).Should().HaveCount(4_000).And.OnlyHaveUniqueItems();
    }

    [Fact]
    public void Create_NegativeCount_Throws()
    {
        Func<IReadOnlyList<UserContext>> act = () => new UserContextGenerator(1).Create(-1);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Seed_ReturnsConstructorSeed()
    {
        new UserContextGenerator(1234).Seed.Should().Be(1234);
    }
}
