using System.ComponentModel;
using System.Reflection;
using FluentAssertions;
using Ssot.TestFramework.Compliance.Rules;
using Ssot.TestFramework.Fixtures.Sdk;
using Ssot.TestFramework.Fixtures.Suites;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Ssot.TestFramework.Fixtures.Tests.Sdk;

/// <summary>The suite checks' test cases: traits from discovery, kept through serialisation (Test Explorer runs one test).</summary>
public sealed class ComplianceTestCaseTests
{
    private readonly RecordingSink _sink = new();

    [Fact]
    public void RoundTrip_KeepsEveryTrait()
    {
        var original = new ComplianceTestCase(_sink, TestMethodDisplay.Method, TestMethodDisplayOptions.None, Method<Checks>(nameof(Checks.Rule1)), new ComplianceTraits(["#1066", "#2001"], true));

        ComplianceTestCase copy = SerializationHelper.Deserialize<ComplianceTestCase>(SerializationHelper.Serialize(original));

        copy.Compliance.Should().BeEquivalentTo(original.Compliance);
        copy.Traits["Category"].Should().Equal("SsotCompliance", "ExpectedToFail");
        copy.Traits["Issue"].Should().Equal("#1066", "#2001");
        copy.Settings.Should().BeNull();
        copy.UniqueID.Should().Be(original.UniqueID);
    }

    [Fact]
    public void RoundTrip_WithoutRegistryFacts_IsCategorySsotComplianceOnly()
    {
        var original = new ComplianceTestCase(_sink, TestMethodDisplay.Method, TestMethodDisplayOptions.None, Method<Checks>(nameof(Checks.Rule1)), ComplianceTraits.None);

        ComplianceTestCase copy = SerializationHelper.Deserialize<ComplianceTestCase>(SerializationHelper.Serialize(original));

        copy.Traits["Category"].Should().Equal("SsotCompliance");
        copy.Traits.Should().NotContainKey("Issue");
        SerializationHelper.Serialize(copy).Should().NotBe(SerializationHelper.Serialize(new ComplianceTestCase(_sink, TestMethodDisplay.Method, TestMethodDisplayOptions.None, Method<Checks>(nameof(Checks.Rule1)), new ComplianceTraits([], true))));
    }

    [Fact]
    public void ParameterlessConstructor_ForTheDeserializer_IsPublicHiddenAndObsoleteAsError()
    {
        ConstructorInfo? ctor = typeof(ComplianceTestCase).GetConstructor(Type.EmptyTypes);

        ctor.Should().NotBeNull();
        ctor!.GetCustomAttribute<EditorBrowsableAttribute>()!.State.Should().Be(EditorBrowsableState.Never);
        ctor!.GetCustomAttribute<ObsoleteAttribute>()!.IsError.Should().BeTrue();
    }

    [Fact]
    public void Discover_RuleOfAClassNamingARealRegistry_GivesItsIssueAndExpectedToFail()
    {
        IXunitTestCase testCase = Discover<Checks>(nameof(Checks.Rule1));

        testCase.Should().BeOfType<ComplianceTestCase>();
        testCase.Traits["Category"].Should().Equal("SsotCompliance", "ExpectedToFail");
        testCase.Traits["Issue"].Should().Equal("#1066", "#2001");
        Discover<Checks>(nameof(Checks.Rule4)).Traits.Should().NotContainKey("Issue").And.Subject["Category"].Should().Equal("SsotCompliance");
        _sink.Messages.Should().BeEmpty();
    }

    [Fact]
    public void Discover_CheckWithoutRule_OrClassWithoutRegistry_IsCategorySsotComplianceOnly()
    {
        Discover<Checks>(nameof(Checks.NoRule)).Traits.Should().ContainSingle().Which.Should().BeEquivalentTo(new KeyValuePair<string, List<string>>("Category", ["SsotCompliance"]));
        Discover<UnnamedChecks>(nameof(UnnamedChecks.Rule1)).Traits.Should().ContainSingle().Which.Value.Should().Equal("SsotCompliance");
        _sink.Messages.Should().BeEmpty();
    }

    [Fact]
    public void Discover_SkippedCheck_KeepsTheSkipReasonAndTheTraits()
    {
        IXunitTestCase testCase = Discover<Checks>(nameof(Checks.Skipped));

        testCase.SkipReason.Should().Be("not today");
        testCase.Traits["Issue"].Should().Equal("#1066"); // SSOT002: no using directive can name the method tracked as #2001
    }

    private IXunitTestCase Discover<T>(string method)
    {
        ITestMethod testMethod = Method<T>(method);
        IAttributeInfo fact = testMethod.Method.GetCustomAttributes(typeof(SsotComplianceFactAttribute).AssemblyQualifiedName!).Single();
        return new ComplianceFactDiscoverer(_sink).Discover(new DefaultDiscoveryOptions(), testMethod, fact).Should().ContainSingle().Subject;
    }

    private static ITestMethod Method<T>(string name)
    {
        var assembly = new TestAssembly(Reflector.Wrap(typeof(T).Assembly));
        var collection = new TestCollection(assembly, null, "collection");
        var testClass = new TestClass(collection, Reflector.Wrap(typeof(T)));
        return new TestMethod(testClass, Reflector.Wrap(typeof(T).GetMethod(name)!));
    }

    /// <summary>Discovery options with every setting at its default, as a runner without configuration passes them.</summary>
    private sealed class DefaultDiscoveryOptions : ITestFrameworkDiscoveryOptions
    {
        public TValue GetValue<TValue>(string name) => default!;

        public void SetValue<TValue>(string name, TValue value)
        {
        }
    }

    /// <summary>Abstract, so the kit's own run never discovers it; the registry is the sample's, relative to this project's folder.</summary>
    [SsotRegistry("../SuiteTraits.Sample/Tree/ssot.json")]
    public abstract class Checks
    {
        [SsotComplianceFact(Rule = SsotRuleIds.DeprecatedUsage)]
        public void Rule1()
        {
        }

        [SsotComplianceFact(Rule = SsotRuleIds.MultipleImportPaths)]
        public void Rule4()
        {
        }

        [SsotComplianceFact]
        public void NoRule()
        {
        }

        [SsotComplianceFact(Rule = SsotRuleIds.DeprecatedImport, Skip = "not today")]
        public void Skipped()
        {
        }
    }

    public abstract class UnnamedChecks
    {
        [SsotComplianceFact(Rule = SsotRuleIds.DeprecatedUsage)]
        public void Rule1()
        {
        }
    }
}
