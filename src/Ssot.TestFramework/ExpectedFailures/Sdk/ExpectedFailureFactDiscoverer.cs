using Xunit.Abstractions;
using Xunit.Sdk;

namespace Ssot.TestFramework.ExpectedFailures.Sdk;

/// <summary>Discovers <see cref="ExpectedToFailFactAttribute"/> and <see cref="SsotFactAttribute"/> tests.</summary>
internal sealed class ExpectedFailureFactDiscoverer : FactDiscoverer
{
    public ExpectedFailureFactDiscoverer(IMessageSink diagnosticMessageSink)
        : base(diagnosticMessageSink)
    {
    }

    protected override IXunitTestCase CreateTestCase(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute) =>
        new ExpectedFailureTestCase(
            DiagnosticMessageSink,
            discoveryOptions.MethodDisplayOrDefault(),
            discoveryOptions.MethodDisplayOptionsOrDefault(),
            testMethod,
            ExpectedFailureSettings.FromAttribute(factAttribute));
}
