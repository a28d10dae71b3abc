using Ssot.TestFramework.Compliance.Baselines;
using Ssot.TestFramework.Compliance.Rules;
using Ssot.TestFramework.Compliance.Run;

namespace Ssot.TestFramework.Fixtures.Suites;

/// <summary>One compliance run, shared by every test of an <see cref="ImportComplianceSuite"/> in a run.</summary>
/// <param name="Outcome">What <see cref="ComplianceRun"/> found and did.</param>
/// <param name="Notes">Lines for the test output: engine mode, reports written, baseline created or tightened, timings.</param>
internal sealed record ImportScanOutcome(ComplianceOutcome Outcome, IReadOnlyList<string> Notes)
{
    public ScanResult Result => Outcome.Scan;

    /// <summary>Gets the comparison with the baseline; without a baseline, every violation is new.</summary>
    public BaselineComparison Comparison { get; } = Outcome.Comparison ?? BaselineComparison.Compare(Outcome.Scan.Violations, Baseline.Empty);

    public string? BaselinePath => Outcome.BaselinePath;

    /// <summary>Gets the Markdown report of this run (listing every violation), named by cut skip reasons.</summary>
    public string? MarkdownReportPath { get; init; }

    /// <summary>
    /// Gets the one line saying which reports could not be written and what to do (<c>ReportWriteDiagnostics</c>), or
    /// <see langword="null"/> when all were written. It never changes a verdict.
    /// </summary>
    public string? ReportFailure { get; init; }
}
