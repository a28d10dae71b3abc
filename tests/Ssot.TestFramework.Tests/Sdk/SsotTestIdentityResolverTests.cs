using System.Reflection;
using FluentAssertions;
using Moq;
using Ssot.TestFramework.Sdk;
using Ssot.TestFramework.Testing;
using Xunit.Sdk;

namespace Ssot.TestFramework.Tests.Sdk;

public sealed class SsotTestIdentityResolverTests
{
    internal static void Target(int value) => _ = value;

    [Fact]
    public void OutputHelperTestField_XunitTestOutputHelper_IsStillAnITestNamedTest()
    {
        // The one private member of xUnit the kit reads (the fallback for plain [Fact] without the kit's test framework).
        // If this fails, xUnit changed TestOutputHelper: update SsotTestIdentityResolver and docs/base-test-case.md.
        FieldInfo? field = SsotTestIdentityResolver.s_outputHelperTestField;

        field.Should().NotBeNull($"xUnit {typeof(TestOutputHelper).Assembly.GetName().Version} no longer has the private field 'test' on TestOutputHelper");
        field!.FieldType.Should().Be(typeof(ITest), "the fallback reads the running test from it");
    }

    [Fact]
    public async Task Resolve_CurrentTestOfTheClass_GivesTheFullIdentity()
    {
        ITest test = Test("Display(value: 1)");

        SsotTestIdentity identity = await Task.Run(() =>
        {
            SsotCurrentTest.Value = new SsotRunningTest(test);
            return SsotTestIdentityResolver.Resolve(new WrappingOutput(new RecordingOutput()), typeof(SsotTestIdentityResolverTests));
        });

        identity.Should().Be(new SsotTestIdentity(typeof(SsotTestIdentityResolverTests).FullName!, nameof(Target), "Display(value: 1)"));
    }

    [Fact]
    public async Task Resolve_CurrentTestOfAnotherClass_IsNotBorrowed()
    {
        ITest test = Test("Display");

        SsotTestIdentity identity = await Task.Run(() =>
        {
            SsotCurrentTest.Value = new SsotRunningTest(test);
            return SsotTestIdentityResolver.Resolve(new RecordingOutput(), typeof(string));
        });

        identity.Should().Be(SsotTestIdentityResolver.ForClass("System.String"));
    }

    [Fact]
    public async Task Resolve_XunitsOwnHelperWithoutCurrentTest_ReadsTheFallbackField()
    {
        var helper = new TestOutputHelper();
        helper.Initialize(Mock.Of<IMessageBus>(), Test("From the helper"));

        SsotTestIdentity identity = await Task.Run(() =>
        {
            SsotCurrentTest.Value = null;
            return SsotTestIdentityResolver.Resolve(helper, typeof(SsotTestIdentityResolverTests));
        });

        identity.DisplayName.Should().Be("From the helper");
        identity.MethodName.Should().Be(nameof(Target));
    }

    [Fact]
    public async Task Resolve_WrappingHelperWithoutCurrentTest_GivesTheSameClassIdentityEveryTime()
    {
        Func<SsotTestIdentity> resolve = () =>
        {
            SsotCurrentTest.Value = null;
            return SsotTestIdentityResolver.Resolve(new WrappingOutput(new RecordingOutput()), typeof(SsotTestIdentityResolverTests));
        };

        SsotTestIdentity first = await Task.Run(resolve);
        SsotTestIdentity second = await Task.Run(resolve);

        first.Should().Be(new SsotTestIdentity(typeof(SsotTestIdentityResolverTests).FullName!, SsotTestIdentityResolver.UnknownMethod, typeof(SsotTestIdentityResolverTests).FullName!));
        SsotSeed.Derive(second).Should().Be(SsotSeed.Derive(first));
        SsotSeed.Resolve(first, "4242").Should().Be(4242, "SSOT_SEED still overrides it");
    }

    [Fact]
    public async Task CurrentTestBus_TestFailedWithAFailureLine_PutsItFirstInTheOutputOnce()
    {
        ITest test = Test("Failing");
        var inner = new RecordingBus();
        List<Xunit.Abstractions.IMessageSinkMessage> seen = inner.Seen;
        using var bus = new CurrentTestBus(inner);

        await Task.Run(() =>
        {
            SsotCurrentTest.Value = null;
            bus.QueueMessage(new TestStarting(test));
            SsotCurrentTest.Value!.ShowOnFailure("[ssot] seed 7");
            bus.QueueMessage(new TestFailed(test, 1m, "own line\n", new InvalidOperationException("boom")));
            bus.QueueMessage(new TestFailed(test, 1m, "again\n", new InvalidOperationException("boom")));
        });

        var failures = seen.OfType<Xunit.Abstractions.ITestFailed>().ToList();
        failures[0].Output.Should().Be("[ssot] seed 7" + Environment.NewLine + "own line\n");
        failures[0].Messages.Should().ContainSingle().Which.Should().Contain("boom");
        failures[1].Output.Should().Be("again\n", "the line is shown once, by the innermost bus that sees the failure");
    }

    [Fact]
    public async Task CurrentTestBus_TestPassesOrAnotherTestFails_LeavesTheOutputAlone()
    {
        ITest test = Test("Passing");
        ITest other = Test("Other");
        var inner = new RecordingBus();
        List<Xunit.Abstractions.IMessageSinkMessage> seen = inner.Seen;
        using var bus = new CurrentTestBus(inner);

        await Task.Run(() =>
        {
            SsotCurrentTest.Value = null;
            bus.QueueMessage(new TestStarting(test));
            SsotCurrentTest.Value!.ShowOnFailure("[ssot] seed 7");
            bus.QueueMessage(new TestPassed(test, 1m, "own line\n"));
            bus.QueueMessage(new TestFailed(other, 1m, "other's line\n", new InvalidOperationException("boom")));
        });

        seen.OfType<Xunit.Abstractions.ITestPassed>().Single().Output.Should().Be("own line\n");
        seen.OfType<Xunit.Abstractions.ITestFailed>().Single().Output.Should().Be("other's line\n");
    }

    [Fact]
    public async Task CurrentTestBus_TwoOnOnePath_ShareTheRunningTestAndShowTheLineOnce()
    {
        ITest test = Test("Nested");
        var inner = new RecordingBus();
        List<Xunit.Abstractions.IMessageSinkMessage> seen = inner.Seen;
        using var outer = new CurrentTestBus(inner);
        using var kit = new CurrentTestBus(outer);

        SsotRunningTest? running = await Task.Run(() =>
        {
            SsotCurrentTest.Value = null;
            kit.QueueMessage(new TestStarting(test));
            SsotRunningTest? started = SsotCurrentTest.Value;
            started!.ShowOnFailure("[ssot] seed 9");
            kit.QueueMessage(new TestFailed(test, 1m, "own\n", new InvalidOperationException("boom")));
            return started;
        });

        running!.Test.Should().BeSameAs(test);
        seen.OfType<Xunit.Abstractions.ITestFailed>().Single().Output.Should().Be("[ssot] seed 9" + Environment.NewLine + "own\n");
    }

    [Fact]
    public async Task CurrentTestBus_TestStarting_SetsTheCurrentTestOnThatFlow()
    {
        ITest test = Test("Started");
        var inner = new Mock<IMessageBus>();
        inner.Setup(b => b.QueueMessage(It.IsAny<Xunit.Abstractions.IMessageSinkMessage>())).Returns(true);
        using var bus = new CurrentTestBus(inner.Object);

        (ITest? beforeStart, ITest? afterStart) = await Task.Run(() =>
        {
            SsotCurrentTest.Value = null;
            bus.QueueMessage(new TestPassed(test, 0m, null));
            ITest? before = SsotCurrentTest.Value?.Test;
            bus.QueueMessage(new TestStarting(test)).Should().BeTrue();
            return (before, SsotCurrentTest.Value?.Test);
        });

        beforeStart.Should().BeNull("only ITestStarting tells which test starts");
        afterStart.Should().BeSameAs(test);
        inner.Verify(b => b.QueueMessage(It.IsAny<Xunit.Abstractions.IMessageSinkMessage>()), Times.Exactly(2));
    }

    /// <summary>Keeps every message it is given.</summary>
    private sealed class RecordingBus : IMessageBus
    {
        public List<Xunit.Abstractions.IMessageSinkMessage> Seen { get; } = [];

        public bool QueueMessage(Xunit.Abstractions.IMessageSinkMessage message)
        {
            Seen.Add(message);
            return true;
        }

        public void Dispose()
        {
        }
    }

    /// <summary>A test of <paramref name="ofClass"/> (default: this class) whose method is <see cref="Target"/>.</summary>
    internal static ITest Test(string displayName, Type? ofClass = null)
    {
        var assembly = new TestAssembly(Reflector.Wrap(typeof(SsotTestIdentityResolverTests).Assembly));
        var collection = new TestCollection(assembly, null, "collection");
        var testClass = new TestClass(collection, Reflector.Wrap(ofClass ?? typeof(SsotTestIdentityResolverTests)));
        var method = new TestMethod(testClass, Reflector.Wrap(typeof(SsotTestIdentityResolverTests).GetMethod(nameof(Target), BindingFlags.NonPublic | BindingFlags.Static)!));
#pragma warning disable CS0618 // A test case only to carry the method: never run.
        var testCase = new XunitTestCase(Mock.Of<Xunit.Abstractions.IMessageSink>(), TestMethodDisplay.Method, TestMethodDisplayOptions.None, method, [1]);
#pragma warning restore CS0618
        return new XunitTest(testCase, displayName);
    }
}
