using Xunit.Abstractions;
using Xunit.Sdk;

namespace Ssot.TestFramework.ExpectedFailures.Sdk;

/// <summary>
/// Discovers <see cref="ExpectedToFailTheoryAttribute"/> and <see cref="SsotTheoryAttribute"/> theories. Only the row
/// and run-time theory test cases are ours; xunit's own skipped-row and no-data cases are left as they are.
/// </summary>
internal sealed class ExpectedFailureTheoryDiscoverer : TheoryDiscoverer
{
    public ExpectedFailureTheoryDiscoverer(IMessageSink diagnosticMessageSink)
        : base(diagnosticMessageSink)
    {
    }

    protected override IEnumerable<IXunitTestCase> CreateTestCasesForDataRow(
        ITestFrameworkDiscoveryOptions discoveryOptions,
        ITestMethod testMethod,
        IAttributeInfo theoryAttribute,
        object[] dataRow) =>
        [
            new ExpectedFailureTestCase(
                DiagnosticMessageSink,
                discoveryOptions.MethodDisplayOrDefault(),
                discoveryOptions.MethodDisplayOptionsOrDefault(),
                testMethod,
                ExpectedFailureSettings.FromAttribute(theoryAttribute),
                dataRow),
        ];

    protected override IEnumerable<IXunitTestCase> CreateTestCasesForTheory(
        ITestFrameworkDiscoveryOptions discoveryOptions,
        ITestMethod testMethod,
        IAttributeInfo theoryAttribute) =>
        [
            new ExpectedFailureTheoryTestCase(
                DiagnosticMessageSink,
                discoveryOptions.MethodDisplayOrDefault(),
                discoveryOptions.MethodDisplayOptionsOrDefault(),
                testMethod,
                ExpectedFailureSettings.FromAttribute(theoryAttribute)),
        ];
}
