using System.Reflection;
using FluentAssertions;
using Moq;
using Ssot.TestFramework.ExpectedFailures.Sdk;
using Xunit.Sdk;

namespace Ssot.TestFramework.Tests.ExpectedFailures.Sdk;

/// <summary>Settings come from <see cref="IAttributeInfo.GetNamedArgument{TValue}"/> alone, so any attribute info works;
/// one that cannot give a setting is an error test case, never an ordinary test.</summary>
public sealed class ExpectedFailureDiscoveryTests
{
    internal static void Target() { }

    [Fact]
    public void FromAttribute_HandMadeAttributeInfo_ReadsEverySetting()
    {
        var info = new HandMadeAttributeInfo(new Dictionary<string, object?>
        {
            ["Reason"] = "legacy path",
            ["Issue"] = "#1066",
            ["ExplicitStrict"] = false,
            ["Raises"] = new[] { typeof(FormatException) },
            ["MessagePattern"] = "^dup",
            ["Run"] = true,
            ["Deadline"] = "2030-01-31",
        });

        var settings = ExpectedFailureSettings.FromAttribute(info, ExpectedFailureSettings.FactMarker);

        settings.Should().BeEquivalentTo(new ExpectedFailureSettings
        {
            Reason = "legacy path",
            Issue = "#1066",
            Strict = false,
            Raises = ExpectedFailureSettings.ToTypeNames([typeof(FormatException)]),
            MessagePattern = "^dup",
            Run = true,
            Deadline = "2030-01-31",
            Marker = "[ExpectedToFailFact]",
        });
    }

    [Fact]
    public void Discover_HandMadeAttributeInfo_IsAnExpectedFailureTestCase()
    {
        IXunitTestCase testCase = Discover(new ExpectedFailureFactDiscoverer(Mock.Of<IMessageSink>()), new HandMadeAttributeInfo(Complete()));

        testCase.Should().BeOfType<ExpectedFailureTestCase>().Which.Settings!.Reason.Should().Be("legacy path");
        testCase.Traits["Category"].Should().Equal("ExpectedToFail");
    }

    [Fact]
    public void Discover_AttributeInfoMissingASetting_IsAnErrorNamingTheMethodTheSettingAndTheWayOut()
    {
        Dictionary<string, object?> incomplete = Complete();
        incomplete.Remove("Raises");

        IXunitTestCase testCase = Discover(new ExpectedFailureFactDiscoverer(Mock.Of<IMessageSink>()), new HandMadeAttributeInfo(incomplete));

        testCase.Should().BeOfType<ExecutionErrorTestCase>().Which.ErrorMessage.Should()
            .Contain($"{typeof(ExpectedFailureDiscoveryTests).FullName}.{nameof(Target)}: [ExpectedToFailFact]")
            .And.Contain("cannot give the setting 'Raises'")
            .And.Contain("ExpectedFailure.Declare");
    }

    [Fact]
    public void Discover_SsotFactWithAnAttributeInfoThatKnowsNothing_IsAnOrdinaryKitTestCase()
    {
        IXunitTestCase testCase = Discover(new SsotFactDiscoverer(Mock.Of<IMessageSink>()), new HandMadeAttributeInfo([]));

        testCase.Should().BeOfType<ExpectedFailureTestCase>().Which.Settings.Should().BeNull("[SsotFact] carries no settings to read");
    }

    [Fact]
    public void Discover_ReflectionAttributeInfo_ReadsTheExplicitStrictness()
    {
        var info = (IAttributeInfo)Reflector.Wrap(typeof(Marked).GetMethod(nameof(Marked.NonStrict))!.CustomAttributes.Single());

        var settings = ExpectedFailureSettings.FromAttribute(info, ExpectedFailureSettings.FactMarker);

        settings.Strict.Should().BeFalse();
        settings.Issue.Should().Be("#7");
    }

    private static Dictionary<string, object?> Complete() => new()
    {
        ["Reason"] = "legacy path",
        ["Issue"] = null,
        ["ExplicitStrict"] = null,
        ["Raises"] = Array.Empty<Type>(),
        ["MessagePattern"] = null,
        ["Run"] = true,
        ["Deadline"] = null,
    };

    private static IXunitTestCase Discover(IXunitTestCaseDiscoverer discoverer, IAttributeInfo attribute)
    {
        var assembly = new TestAssembly(Reflector.Wrap(typeof(ExpectedFailureDiscoveryTests).Assembly));
        var testClass = new TestClass(new TestCollection(assembly, null, "collection"), Reflector.Wrap(typeof(ExpectedFailureDiscoveryTests)));
        var method = new TestMethod(testClass, Reflector.Wrap(typeof(ExpectedFailureDiscoveryTests).GetMethod(nameof(Target), BindingFlags.NonPublic | BindingFlags.Static)!));
        return discoverer.Discover(Mock.Of<ITestFrameworkDiscoveryOptions>(), method, attribute).Single();
    }

#pragma warning disable xUnit1000 // Not a test class: the attribute is read by reflection here, never run.
    private static class Marked
    {
        [Ssot.TestFramework.ExpectedFailures.ExpectedToFailFact("legacy", Issue = "#7", Strict = false)]
        public static void NonStrict() { }
    }
#pragma warning restore xUnit1000

    /// <summary>An attribute info that is not xUnit's reflection one: it knows only the named values it was given.</summary>
    private sealed class HandMadeAttributeInfo(Dictionary<string, object?> named) : Xunit.LongLivedMarshalByRefObject, IAttributeInfo
    {
        public IEnumerable<object> GetConstructorArguments() => [];

        public IEnumerable<IAttributeInfo> GetCustomAttributes(string assemblyQualifiedAttributeTypeName) => [];

        public TValue GetNamedArgument<TValue>(string argumentName) =>
            named.TryGetValue(argumentName, out object? value) ? (TValue)value! : throw new ArgumentException($"no named argument {argumentName}", nameof(argumentName));
    }
}
