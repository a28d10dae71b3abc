using Ssot.TestFramework.Common;
using Ssot.TestFramework.Compliance.Baselines;
using Ssot.TestFramework.Compliance.Rules;

namespace Ssot.TestFramework.Fixtures.Suites;

/// <summary>One scan of a source tree, shared by every test of an <see cref="ImportComplianceSuite"/> in a run.</summary>
/// <param name="Result">The scan.</param>
/// <param name="Comparison">The scan compared with the baseline (an empty baseline when there is none).</param>
/// <param name="BaselinePath">The baseline file, or <see langword="null"/> when the suite uses none.</param>
/// <param name="BaselineAction">What was done to the baseline file after the scan.</param>
/// <param name="Notes">Lines for the test output: reports written, baseline created or tightened, timings.</param>
internal sealed record ImportScanOutcome(
    ScanResult Result,
    BaselineComparison Comparison,
    string? BaselinePath,
    RatchetAction BaselineAction,
    IReadOnlyList<string> Notes);
