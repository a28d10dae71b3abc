using Xunit.Abstractions;
using Xunit.Sdk;

namespace Ssot.TestFramework.ExpectedFailures.Sdk;

/// <summary>Discovers <see cref="SsotFactAttribute"/> tests: no settings, only <c>ExpectedFailure.Declare</c>.</summary>
internal class SsotFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    /// <summary>Gets the marker of the attribute whose settings are read; <see langword="null"/>: none to read.</summary>
    private protected virtual string? Marker => null;

    protected override IXunitTestCase CreateTestCase(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute) =>
        ExpectedFailureDiscovery.Create(DiagnosticMessageSink, discoveryOptions, testMethod, factAttribute, Marker, settings =>
            new ExpectedFailureTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, settings));
}

/// <summary>Discovers <see cref="ExpectedToFailFactAttribute"/> tests.</summary>
internal sealed class ExpectedFailureFactDiscoverer(IMessageSink diagnosticMessageSink) : SsotFactDiscoverer(diagnosticMessageSink)
{
    private protected override string Marker => ExpectedFailureSettings.FactMarker;
}
