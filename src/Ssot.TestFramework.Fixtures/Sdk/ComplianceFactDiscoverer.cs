using Ssot.TestFramework.Fixtures.Suites;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Ssot.TestFramework.Fixtures.Sdk;

/// <summary>
/// Discovers <see cref="SsotComplianceFactAttribute"/> checks as <see cref="ComplianceTestCase"/>s, reading the rule
/// from the attribute and the registry facts from the class's <see cref="SsotRegistryAttribute"/>
/// (<see cref="ComplianceTraitReader"/>). xUnit creates one discoverer per discovery run; the reader caches per class.
/// </summary>
internal sealed class ComplianceFactDiscoverer : FactDiscoverer
{
    private readonly ComplianceTraitReader _reader;

    public ComplianceFactDiscoverer(IMessageSink diagnosticMessageSink)
        : base(diagnosticMessageSink)
    {
        _reader = new ComplianceTraitReader(diagnosticMessageSink);
    }

    protected override IXunitTestCase CreateTestCase(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute) =>
        new ComplianceTestCase(
            DiagnosticMessageSink,
            discoveryOptions.MethodDisplayOrDefault(),
            discoveryOptions.MethodDisplayOptionsOrDefault(),
            testMethod,
            _reader.Read(testMethod.TestClass.Class, factAttribute.GetNamedArgument<string?>(nameof(SsotComplianceFactAttribute.Rule))));
}
