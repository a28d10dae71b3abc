using Xunit.Abstractions;
using Xunit.Sdk;

namespace Ssot.TestFramework.ExpectedFailures.Sdk;

/// <summary>
/// Discovers <see cref="ExpectedToFailTheoryAttribute"/> theories. Only the row and run-time theory test cases are
/// ours; xunit's own skipped-row and no-data cases are left as they are.
/// </summary>
internal class ExpectedFailureTheoryDiscoverer : TheoryDiscoverer
{
    private readonly string? _marker;

    public ExpectedFailureTheoryDiscoverer(IMessageSink diagnosticMessageSink)
        : this(diagnosticMessageSink, ExpectedFailureSettings.TheoryMarker)
    {
    }

    private protected ExpectedFailureTheoryDiscoverer(IMessageSink diagnosticMessageSink, string? marker)
        : base(diagnosticMessageSink)
    {
        _marker = marker;
    }

    protected override IEnumerable<IXunitTestCase> CreateTestCasesForDataRow(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo theoryAttribute, object[] dataRow) =>
        [ExpectedFailureDiscovery.Create(DiagnosticMessageSink, discoveryOptions, testMethod, theoryAttribute, _marker, settings =>
            new ExpectedFailureTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, settings, dataRow))];

    protected override IEnumerable<IXunitTestCase> CreateTestCasesForTheory(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo theoryAttribute) =>
        [ExpectedFailureDiscovery.Create(DiagnosticMessageSink, discoveryOptions, testMethod, theoryAttribute, _marker, settings =>
            new ExpectedFailureTheoryTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, settings))];
}

/// <summary>Discovers <see cref="SsotTheoryAttribute"/> theories: no settings, only marked rows and <c>ExpectedFailure.Declare</c>.</summary>
internal sealed class SsotTheoryDiscoverer(IMessageSink diagnosticMessageSink) : ExpectedFailureTheoryDiscoverer(diagnosticMessageSink, marker: null);
