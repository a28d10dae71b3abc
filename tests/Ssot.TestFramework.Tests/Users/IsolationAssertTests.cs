using System.Globalization;
using System.Text;
using FluentAssertions;
using Ssot.TestFramework.Users;

namespace Ssot.TestFramework.Tests.Users;

public sealed class IsolationAssertTests
{
    [Fact]
    public void NoSharedState_DictionaryTwoLayersDeep_ReportsPathOnBothSides()
    {
        var cache = new Dictionary<string, int>();
        var a = new Manager(new Inner(cache));
        var b = new Manager(new Inner(cache));

        var act = () => IsolationAssert.NoSharedState([("user[usr_x]", a), ("user[usr_y]", b)]);

        var thrown = act.Should().Throw<IsolationAssertionException>().Which;
        thrown.Message.Should().Contain(
            "Shared mutable System.Collections.Generic.Dictionary<String,Int32> reachable from user[usr_x] as " +
            "manager._inner._cache and from user[usr_y] as manager._inner._cache");
        thrown.Findings.Should().ContainSingle();
    }

    [Fact]
    public void NoSharedState_IndependentObjectsOfSameShape_Passes()
    {
        var act = () => IsolationAssert.NoSharedState([("a", NewManager()), ("b", NewManager())]);

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

        var act = () => IsolationAssert.NoSharedState([("a", Make()), ("b", Make())]);

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
    public void NoSharedState_PredicateAllowsObject_IsNotReported()
    {
        var shared = new List<int>();
        var options = new IsolationOptions { AllowShared = o => ReferenceEquals(o, shared) };

        var findings = ObjectGraphInspector.FindSharedState(
            [("a", new Service(new ConsoleishLogger(), shared)), ("b", new Service(new ConsoleishLogger(), shared))], options);

        findings.Should().BeEmpty();
    }

    [Fact]
    public void NoSharedState_SharedListInsideReadonlyWrapper_IsReported()
    {
        var list = new List<string>();
        var wrapper = new ReadonlyWrapper(list);

        var findings = ObjectGraphInspector.FindSharedState([("a", new Service2(wrapper)), ("b", new Service2(wrapper))]);

        findings.Should().ContainSingle().Which.Should().Be(new SharedStateFinding(
            typeof(List<string>), "a", "service2.Wrapper.Items", "b", "service2.Wrapper.Items"));
    }

    [Fact]
    public void NoSharedState_SharedDelegateTarget_IsReported()
    {
        var counter = new Counter();
        Func<int> next = counter.Next;

        var findings = ObjectGraphInspector.FindSharedState([("a", new Service3(next)), ("b", new Service3(next))]);

        findings.Should().ContainSingle().Which.PathB.Should().Be("service3.Factory.Target");
    }

    [Fact]
    public void NoSharedState_CyclicGraphs_TerminateAndPass()
    {
        static Node Cycle()
        {
            var first = new Node();
            var second = new Node { Next = first };
            first.Next = second;
            first.Self = first;
            return first;
        }

        ObjectGraphInspector.FindSharedState([("a", Cycle()), ("b", Cycle())]).Should().BeEmpty();
    }

    [Fact]
    public void NoSharedState_CycleThroughSharedNode_ReportsOutermostOnly()
    {
        var shared = new Node();
        shared.Next = new Node { Next = shared };
        var a = new Node { Next = shared };
        var b = new Node { Next = shared };

        var findings = ObjectGraphInspector.FindSharedState([("a", a), ("b", b)]);

        findings.Should().ContainSingle().Which.PathB.Should().Be("node.Next");
    }

    [Fact]
    public void NoSharedState_SharedElementInCollections_UsesIndexAndKeyPaths()
    {
        var shared = new Node();
        var a = new Registry();
        var b = new Registry();
        a.Items.Add(new Node());
        a.Items.Add(shared);
        b.ByName["alice"] = shared;

        var findings = ObjectGraphInspector.FindSharedState([("a", a), ("b", b)]);

        findings.Should().ContainSingle().Which.Should().Be(new SharedStateFinding(
            typeof(Node), "a", "registry.Items[1]", "b", "registry.ByName[alice]"));
    }

    [Fact]
    public void NoSharedState_SharedThroughStructField_IsReported()
    {
        var shared = new List<int>();

        var findings = ObjectGraphInspector.FindSharedState(
            [("a", new WithStruct { Pair = new Pair(shared, 1) }), ("b", new WithStruct { Pair = new Pair(shared, 2) })]);

        findings.Should().ContainSingle().Which.PathA.Should().Be("withStruct.Pair.List");
    }

    [Fact]
    public void NoSharedState_SharedRoot_ReportsRootPathAndDefaultLabel()
    {
        var shared = new Registry();

        var findings = ObjectGraphInspector.FindSharedState([("", shared), ("", shared)]);

        findings.Should().ContainSingle().Which.ToString().Should().Be(
            $"Shared mutable {typeof(Registry).FullName} reachable from registry as registry and from registry as registry");
    }

    [Fact]
    public void NoSharedState_MaxObjectsExceeded_ThrowsInsteadOfPassing()
    {
        var options = new IsolationOptions { MaxObjectsToWalk = 3 };

        var act = () => IsolationAssert.NoSharedState([("a", NewManager()), ("b", NewManager())], options);

        act.Should().Throw<InvalidOperationException>().WithMessage("*MaxObjectsToWalk*");
    }

    [Fact]
    public void NoSharedState_MaxFindings_LimitsReport()
    {
        var one = new List<int>();
        var two = new List<int>();
        var options = new IsolationOptions { MaxFindings = 1 };

        var findings = ObjectGraphInspector.FindSharedState(
            [("a", new Pairs { First = one, Second = two }), ("b", new Pairs { First = one, Second = two })], options);

        findings.Should().ContainSingle();
        ObjectGraphInspector.FindSharedState(
            [("a", new Pairs { First = one, Second = two }), ("b", new Pairs { First = one, Second = two })])
            .Select(f => f.PathA).Should().Equal("pairs.First", "pairs.Second");
    }

    [Fact]
    public void DistinctInstances_SameInstance_FailsNamingLabels()
    {
        var manager = NewManager();

        var act = () => IsolationAssert.DistinctInstances([("a", manager), ("b", NewManager()), ("c", manager)]);

        act.Should().Throw<IsolationAssertionException>().Which.Message.Should().Contain("a, c got the same");
    }

    [Fact]
    public void DistinctInstances_DistinctInstances_Passes()
    {
        var act = () => IsolationAssert.DistinctInstances([("a", NewManager()), ("b", NewManager())]);

        act.Should().NotThrow();
    }

    private static Manager NewManager() => new(new Inner(new Dictionary<string, int>(StringComparer.Ordinal) { ["k"] = 1 }));

    private interface ILoggerLike
    {
        void Log(string message);
    }

    private sealed class ConsoleishLogger : ILoggerLike
    {
        private int _count;

        public void Log(string message) => _count += message.Length;
    }

    private sealed class Service(ILoggerLike logger, List<int> items)
    {
        private readonly ILoggerLike _logger = logger;
        private readonly List<int> _items = items;

        public int Count => _items.Count + (_logger is null ? 0 : 1);
    }

    private sealed class Manager(Inner inner)
    {
        private readonly Inner _inner = inner;
        private readonly string _name = "manager";
        private readonly int[] _empty = [];

        public override string ToString() => _name + _inner + _empty.Length;
    }

    private sealed class Inner(Dictionary<string, int> cache)
    {
        private readonly Dictionary<string, int> _cache = cache;
        private int _hits;

        public int Hit() => ++_hits + _cache.Count;
    }

    private sealed class Rich
    {
        public string? Name { get; set; }
        public StringComparer? Comparer { get; set; }
        public IEqualityComparer<string>? Default { get; set; }
        public int[]? Empty { get; set; }
        public object[]? EmptyObjects { get; set; }
        public Task? Task { get; set; }
        public DayOfWeek Mode { get; set; }
        public object? Boxed { get; set; }
        public CultureInfo? Culture { get; set; }
        public Encoding? Encoding { get; set; }
        public Type? Type { get; set; }
        public Func<int>? Callback { get; set; }
    }

    private sealed class ReadonlyWrapper(List<string> items)
    {
        public List<string> Items { get; } = items;
    }

    private sealed class Service2(ReadonlyWrapper wrapper)
    {
        public ReadonlyWrapper Wrapper { get; } = wrapper;
    }

    private sealed class Counter
    {
        private int _value;

        public int Next() => ++_value;
    }

    private sealed class Service3(Func<int> factory)
    {
        public Func<int> Factory { get; } = factory;
    }

    private sealed class Node
    {
        public Node? Next { get; set; }
        public Node? Self { get; set; }
    }

    private sealed class Registry
    {
        public List<Node> Items { get; } = [];
        public Dictionary<string, Node> ByName { get; } = [];
        public int Version { get; set; }
    }

    private readonly record struct Pair(List<int> List, int Number);

    private sealed class WithStruct
    {
        public Pair Pair { get; set; }
    }

    private sealed class Pairs
    {
        public List<int>? First { get; set; }
        public List<int>? Second { get; set; }
    }
}
