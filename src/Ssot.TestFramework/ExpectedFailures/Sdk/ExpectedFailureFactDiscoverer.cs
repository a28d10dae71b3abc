using Xunit.Abstractions;
using Xunit.Sdk;

namespace Ssot.TestFramework.ExpectedFailures.Sdk;

/// <summary>Discovers <see cref="ExpectedToFailFactAttribute"/> tests.</summary>
internal class ExpectedFailureFactDiscoverer : FactDiscoverer
{
    private readonly string? _marker;

    public ExpectedFailureFactDiscoverer(IMessageSink diagnosticMessageSink)
        : this(diagnosticMessageSink, ExpectedFailureSettings.FactMarker)
    {
    }

    private protected ExpectedFailureFactDiscoverer(IMessageSink diagnosticMessageSink, string? marker)
        : base(diagnosticMessageSink)
    {
        _marker = marker;
    }

    protected override IXunitTestCase CreateTestCase(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute) =>
        ExpectedFailureDiscovery.Create(DiagnosticMessageSink, discoveryOptions, testMethod, factAttribute, _marker, settings =>
            new ExpectedFailureTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, settings));
}

/// <summary>Discovers <see cref="SsotFactAttribute"/> tests: no settings, only <c>ExpectedFailure.Declare</c>.</summary>
internal sealed class SsotFactDiscoverer(IMessageSink diagnosticMessageSink) : ExpectedFailureFactDiscoverer(diagnosticMessageSink, marker: null);
