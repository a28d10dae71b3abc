using Xunit.Abstractions;
using Xunit.Sdk;

namespace Ssot.TestFramework.ExpectedFailures.Sdk;

/// <summary>
/// Discovers <see cref="SsotTheoryAttribute"/> theories: no settings, only marked rows and <c>ExpectedFailure.Declare</c>.
/// Only the row and run-time theory test cases are ours; xunit's own skipped-row and no-data cases are left as they are.
/// </summary>
internal class SsotTheoryDiscoverer(IMessageSink diagnosticMessageSink) : TheoryDiscoverer(diagnosticMessageSink)
{
    /// <inheritdoc cref="SsotFactDiscoverer.Marker"/>
    private protected virtual string? Marker => null;

    protected override IEnumerable<IXunitTestCase> CreateTestCasesForDataRow(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo theoryAttribute, object[] dataRow) =>
        [ExpectedFailureDiscovery.Create(DiagnosticMessageSink, discoveryOptions, testMethod, theoryAttribute, Marker, settings =>
            new ExpectedFailureTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, settings, dataRow))];

    protected override IEnumerable<IXunitTestCase> CreateTestCasesForTheory(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo theoryAttribute) =>
        [ExpectedFailureDiscovery.Create(DiagnosticMessageSink, discoveryOptions, testMethod, theoryAttribute, Marker, settings =>
            new ExpectedFailureTheoryTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, settings))];
}

/// <summary>Discovers <see cref="ExpectedToFailTheoryAttribute"/> theories.</summary>
internal sealed class ExpectedFailureTheoryDiscoverer(IMessageSink diagnosticMessageSink) : SsotTheoryDiscoverer(diagnosticMessageSink)
{
    private protected override string Marker => ExpectedFailureSettings.TheoryMarker;
}
