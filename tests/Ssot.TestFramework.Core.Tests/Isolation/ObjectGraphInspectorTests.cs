using FluentAssertions;
using Ssot.TestFramework.Isolation;
using Ssot.TestFramework.Users;
using static Ssot.TestFramework.Core.Tests.Isolation.IsolationFixtures;

namespace Ssot.TestFramework.Core.Tests.Isolation;

public sealed class ObjectGraphInspectorTests
{
    [Fact]
    public void FindSharedState_PredicateAllowsObject_IsNotReported()
    {
        var shared = new List<int>();
        var options = new IsolationOptions { AllowShared = o => ReferenceEquals(o, shared) };

        IReadOnlyList<SharedStateFinding> findings = ObjectGraphInspector.FindSharedState(
            [("a", new Service(new ConsoleishLogger(), shared)), ("b", new Service(new ConsoleishLogger(), shared))], options);

        findings.Should().BeEmpty();
    }

    [Fact]
    public void FindSharedState_SharedListInsideReadonlyWrapper_IsReported()
    {
        var list = new List<string>();
        var wrapper = new ReadonlyWrapper(list);

        IReadOnlyList<SharedStateFinding> findings = ObjectGraphInspector.FindSharedState([("a", new Service2(wrapper)), ("b", new Service2(wrapper))]);

        findings.Should().ContainSingle().Which.Should().Be(new SharedStateFinding(
            typeof(List<string>), "a", "service2.Wrapper.Items", "b", "service2.Wrapper.Items"));
    }

    [Fact]
    public void FindSharedState_SharedDelegateTarget_IsReported()
    {
        var counter = new Counter();
        Func<int> next = counter.Next;

        IReadOnlyList<SharedStateFinding> findings = ObjectGraphInspector.FindSharedState([("a", new Service3(next)), ("b", new Service3(next))]);

        findings.Should().ContainSingle().Which.PathB.Should().Be("service3.Factory.Target");
    }

    [Fact]
    public void FindSharedState_CyclicGraphs_TerminateAndPass()
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
    public void FindSharedState_CycleThroughSharedNode_ReportsOutermostOnly()
    {
        var shared = new Node();
        shared.Next = new Node { Next = shared };
        var a = new Node { Next = shared };
        var b = new Node { Next = shared };

        IReadOnlyList<SharedStateFinding> findings = ObjectGraphInspector.FindSharedState([("a", a), ("b", b)]);

        findings.Should().ContainSingle().Which.PathB.Should().Be("node.Next");
    }

    [Fact]
    public void FindSharedState_SharedElementInCollections_UsesIndexAndKeyPaths()
    {
        var shared = new Node();
        var a = new Registry();
        var b = new Registry();
        a.Items.Add(new Node());
        a.Items.Add(shared);
        b.ByName["alice"] = shared;

        IReadOnlyList<SharedStateFinding> findings = ObjectGraphInspector.FindSharedState([("a", a), ("b", b)]);

        findings.Should().ContainSingle().Which.Should().Be(new SharedStateFinding(
            typeof(Node), "a", "registry.Items[1]", "b", "registry.ByName[alice]"));
    }

    [Fact]
    public void FindSharedState_SharedThroughStructField_IsReported()
    {
        var shared = new List<int>();

        IReadOnlyList<SharedStateFinding> findings = ObjectGraphInspector.FindSharedState(
            [("a", new WithStruct { Pair = new Pair(shared, 1) }), ("b", new WithStruct { Pair = new Pair(shared, 2) })]);

        findings.Should().ContainSingle().Which.PathA.Should().Be("withStruct.Pair.List");
    }

    [Fact]
    public void FindSharedState_SharedRoot_ReportsRootPathAndDefaultLabel()
    {
        var shared = new Registry();

        IReadOnlyList<SharedStateFinding> findings = ObjectGraphInspector.FindSharedState([("", shared), ("", shared)]);

        findings.Should().ContainSingle().Which.ToString().Should().Be(
            $"Shared mutable {typeof(Registry).FullName} reachable from registry as registry and from registry as registry");
    }

    [Fact]
    public void FindSharedState_MaxFindings_LimitsReport()
    {
        var one = new List<int>();
        var two = new List<int>();
        var options = new IsolationOptions { MaxFindings = 1 };

        IReadOnlyList<SharedStateFinding> findings = ObjectGraphInspector.FindSharedState(
            [("a", new Pairs { First = one, Second = two }), ("b", new Pairs { First = one, Second = two })], options);

        findings.Should().ContainSingle();
        ObjectGraphInspector.FindSharedState(
            [("a", new Pairs { First = one, Second = two }), ("b", new Pairs { First = one, Second = two })])
            .Select(f => f.PathA).Should().Equal("pairs.First", "pairs.Second");
    }

    [Fact]
    public void FindSharedState_SharedMutableObjectWithMutableChildren_ReportsOnlyTheOutermost()
    {
        var inner = new Inner(new Dictionary<string, int>());

        IReadOnlyList<SharedStateFinding> findings = ObjectGraphInspector.FindSharedState([("a", new Manager(inner)), ("b", new Manager(inner))]);

        findings.Should().ContainSingle().Which.Should().Be(new SharedStateFinding(
            typeof(Inner), "a", "manager._inner", "b", "manager._inner"));
    }

    [Fact]
    public void FindSharedState_ThreeRootsSharingOneObject_ReportsEachLaterRootAgainstTheFirst()
    {
        var inner = new Inner(new Dictionary<string, int>());

        IReadOnlyList<SharedStateFinding> findings = ObjectGraphInspector.FindSharedState(
            [("a", new Manager(inner)), ("b", new Manager(new Inner([]))), ("c", new Manager(inner))]);

        findings.Select(f => (f.LabelA, f.LabelB)).Should().Equal(("a", "c"));
    }

    [Fact]
    public void FindSharedState_OpenGenericAllowed_MatchesConstructedType()
    {
        var shared = new List<int>();
        var options = new IsolationOptions { AllowedSharedTypes = [typeof(List<>)] };

        ObjectGraphInspector.FindSharedState([("a", new Pairs { First = shared }), ("b", new Pairs { First = shared })], options)
            .Should().BeEmpty();
        ObjectGraphInspector.FindSharedState([("a", new Pairs { First = shared }), ("b", new Pairs { First = shared })])
            .Should().ContainSingle();
    }
}
