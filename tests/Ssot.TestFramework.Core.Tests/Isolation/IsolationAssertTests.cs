using System.Globalization;
using System.Text;
using FluentAssertions;
using Ssot.TestFramework.Isolation;
using Ssot.TestFramework.Users;
using static Ssot.TestFramework.Core.Tests.Isolation.IsolationFixtures;

namespace Ssot.TestFramework.Core.Tests.Isolation;

public sealed class IsolationAssertTests
{
    [Fact]
    public void NoSharedState_DictionaryTwoLayersDeep_ReportsPathOnBothSides()
    {
        var cache = new Dictionary<string, int>();
        var a = new Manager(new Inner(cache));
        var b = new Manager(new Inner(cache));

        Action act = () => IsolationAssert.NoSharedState([("user[usr_x]", a), ("user[usr_y]", b)]);

        IsolationAssertionException thrown = act.Should().Throw<IsolationAssertionException>().Which;
        thrown.Message.Should().Contain(
            "Shared mutable System.Collections.Generic.Dictionary<String,Int32> reachable from user[usr_x] as " +
            "manager._inner._cache and from user[usr_y] as manager._inner._cache");
        thrown.Findings.Should().ContainSingle();
    }

    [Fact]
    public void NoSharedState_IndependentObjectsOfSameShape_Passes()
    {
        Action act = () => IsolationAssert.NoSharedState([("a", NewManager()), ("b", NewManager())]);

        act.Should().NotThrow();
    }

    [Fact]
    public void NoSharedState_SameHarmlessValuesEverywhere_Passes()
    {
        static Rich Make() => new()
        {
            Name = "same",
            Comparer = StringComparer.OrdinalIgnoreCase,
            Default = EqualityComparer<string>.Default,
            Empty = Array.Empty<int>(),
            EmptyObjects = Array.Empty<object>(),
            Task = Task.CompletedTask,
            Mode = DayOfWeek.Friday,
            Boxed = 42,
            Culture = CultureInfo.InvariantCulture,
            Encoding = Encoding.UTF8,
            Type = typeof(Rich),
            Callback = static () => 1,
        };

        Action act = () => IsolationAssert.NoSharedState([("a", Make()), ("b", Make())]);

        act.Should().NotThrow();
    }

    [Fact]
    public void NoSharedState_AllowListedSharedLogger_IsNotReported()
    {
        var logger = new ConsoleishLogger();
        var a = new Service(logger, new List<int>());
        var b = new Service(logger, new List<int>());

        var options = new IsolationOptions { AllowedSharedTypes = [typeof(ILoggerLike)] };

        FluentActions.Invoking(() => IsolationAssert.NoSharedState([("a", a), ("b", b)], options)).Should().NotThrow();
        ObjectGraphInspector.FindSharedState([("a", a), ("b", b)]).Should().ContainSingle()
            .Which.PathA.Should().Be("service._logger");
    }

    [Fact]
    public void NoSharedState_MaxObjectsExceeded_ThrowsInsteadOfPassing()
    {
        var options = new IsolationOptions { MaxObjectsToWalk = 3 };

        Action act = () => IsolationAssert.NoSharedState([("a", NewManager()), ("b", NewManager())], options);

        act.Should().Throw<InvalidOperationException>().WithMessage("*MaxObjectsToWalk*");
    }

    [Fact]
    public void DistinctInstances_SameInstance_FailsNamingLabels()
    {
        Manager manager = NewManager();

        Action act = () => IsolationAssert.DistinctInstances([("a", manager), ("b", NewManager()), ("c", manager)]);

        act.Should().Throw<IsolationAssertionException>().Which.Message.Should().Contain("a, c got the same");
    }

    [Fact]
    public void DistinctInstances_DistinctInstances_Passes()
    {
        Action act = () => IsolationAssert.DistinctInstances([("a", NewManager()), ("b", NewManager())]);

        act.Should().NotThrow();
    }
}
