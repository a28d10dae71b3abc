using System.Text;
using FluentAssertions;
using Ssot.TestFramework.Fixtures.Suites;
using Ssot.TestFramework.Isolation;
using Ssot.TestFramework.Users;

namespace Ssot.TestFramework.Fixtures.Tests.Suites;

public sealed class SharedObjectMessageTests
{
    [Fact]
    public void HeldBySystem_ConnectionKeptInATeamList_NamesTheTypeTheFieldAndWhy()
    {
        var connection = new Conn();
        var registry = new Registry();
        registry.Closed.Add(connection);

        SharedStateTrace trace = ObjectGraphInspector.TraceSharedState([("system", registry), ("connection", connection)]).Single();
        string line = SharedObjectMessage.HeldBySystem(trace, "user usr_a's connection", SharedObjectMessage.WhyKept);

        line.Should().Be($"user usr_a's connection ({typeof(Conn).FullName}) is still held by the system in {typeof(Registry).FullName}.Closed (reached as registry.Closed[0]): {SharedObjectMessage.WhyKept}");
    }

    [Fact]
    public void HeldBySystem_ObjectInsideAKeptConnection_NamesTheConnectionItsHolderAndWhatItShares()
    {
        var connection = new ReadOnlyConn();
        var registry = new Registry();
        registry.Kept.Add(connection);

        SharedStateTrace trace = ObjectGraphInspector.TraceSharedState([("system", registry), ("connection", connection)]).Single();
        string line = SharedObjectMessage.HeldBySystem(trace, "user usr_a's connection", "why");

        line.Should().Be($"user usr_a's connection ({typeof(ReadOnlyConn).FullName}) is still held by the system in {typeof(Registry).FullName}.Kept (reached as registry.Kept[0].Inbox; what it shares is its System.Collections.Generic.List<String> at readOnlyConn.Inbox): why");
    }

    [Fact]
    public void Path_ThroughFrameworkObjects_StopsAtTheFrameworkAndNamesIt()
    {
        var stream = new MemoryStream();
        var first = new Holder(new StreamWriter(stream, Encoding.UTF8, 16, leaveOpen: true));
        var second = new Holder(new StreamWriter(stream, Encoding.UTF8, 16, leaveOpen: true));

        SharedStateTrace trace = ObjectGraphInspector.TraceSharedState([("a", first), ("b", second)]).Single(t => t.Finding.SharedType == typeof(MemoryStream));

        SharedObjectMessage.Path(trace.StepsA).Should().Be("holder.Writer → (inside framework internals of System.IO.StreamWriter)");
        SharedObjectMessage.Holder(trace.StepsA).Should().Be($"{typeof(Holder).FullName}.Writer");
        SharedObjectMessage.OnlyThroughFramework(trace).Should().BeTrue("both sides meet only inside the framework's writers");
    }

    [Fact]
    public void OnlyThroughFramework_TeamObjectSharedDirectly_IsFalse()
    {
        var connection = new Conn();
        var registry = new Registry();
        registry.Closed.Add(connection);

        SharedStateTrace trace = ObjectGraphInspector.TraceSharedState([("system", registry), ("connection", connection)]).Single();

        SharedObjectMessage.OnlyThroughFramework(trace).Should().BeFalse();
    }

    [Theory]
    [InlineData(typeof(List<int>), true)]
    [InlineData(typeof(Microsoft.AspNetCore.Http.HttpContext), true)]
    [InlineData(typeof(SharedObjectMessageTests), false)]
    [InlineData(typeof(SharedObjectMessageTests[]), false)]
    public void IsFramework_ByNamespace(Type type, bool expected) => SharedObjectMessage.IsFramework(type).Should().Be(expected);

    private sealed class Conn
    {
        public int Writes { get; set; }
    }

    private sealed class Registry
    {
        public List<Conn> Closed { get; } = [];

        public List<ReadOnlyConn> Kept { get; } = [];
    }

    /// <summary>Only readonly fields, so the walk reports what it holds rather than itself.</summary>
    private sealed class ReadOnlyConn
    {
        public List<string> Inbox { get; } = [];
    }

    private sealed class Holder(StreamWriter writer)
    {
        public StreamWriter Writer { get; } = writer;
    }
}
