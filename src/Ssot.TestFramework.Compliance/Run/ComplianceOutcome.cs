using Ssot.TestFramework.Common;
using Ssot.TestFramework.Compliance.Baselines;
using Ssot.TestFramework.Compliance.Reports;
using Ssot.TestFramework.Compliance.Rules;

namespace Ssot.TestFramework.Compliance.Run;

/// <summary>What one <see cref="ComplianceRun"/> found and did.</summary>
/// <param name="Scan">The scan.</param>
/// <param name="Comparison">The scan compared with the baseline, or <see langword="null"/> when the request named none.</param>
/// <param name="BaselinePath">The baseline file, or <see langword="null"/>.</param>
/// <param name="BaselineAction">What was done to the baseline file.</param>
/// <param name="RepositoryRoot">The folder every path is relative to.</param>
/// <param name="Notes">Lines for a person: mode, baseline created or tightened, reports written.</param>
/// <remarks>Immutable and therefore thread-safe.</remarks>
public sealed record ComplianceOutcome(
    ScanResult Scan,
    BaselineComparison? Comparison,
    string? BaselinePath,
    RatchetAction BaselineAction,
    string RepositoryRoot,
    IReadOnlyList<string> Notes)
{
    /// <summary>
    /// Gets the reports that could not be written (empty by default). A failed write leaves any previous file at that
    /// path unchanged and never changes the verdict.
    /// </summary>
    public IReadOnlyList<ReportFailure> ReportFailures { get; init; } = [];

    /// <summary>
    /// Gets the run's facts for the reports' header (date, commit, roots, registry, baseline); <see langword="null"/>
    /// (default) writes reports without a header.
    /// </summary>
    public ReportContext? Context { get; init; }

    /// <summary>
    /// Gets the baseline entries whose violations are fixed but which are still in the baseline file: only on CI (see
    /// <see cref="CiDetector"/>), where the baseline is never rewritten. They fail the check until the baseline shrinks
    /// (tightened by a run off CI and committed), so a fixed violation can never silently come back. Empty off CI,
    /// where the run tightens the file itself.
    /// </summary>
    public IReadOnlyList<FixedBaselineEntry> StaleEntries => Comparison?.FixedEntries ?? [];

    /// <summary>Gets the violations that are not in the baseline (all of them without a baseline).</summary>
    public IReadOnlyList<Violation> NewViolations => Comparison?.NewViolations ?? Scan.Violations;

    /// <summary>Writes a report in <paramref name="format"/>, exactly as the run wrote its report files.</summary>
    /// <param name="format">The format (<c>md</c>, <c>json</c>, <c>sarif</c>).</param>
    /// <param name="output">Receives the report.</param>
    /// <exception cref="ArgumentException">Unknown format.</exception>
    public void WriteReport(string format, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(output);
        IViolationReportWriter writer = ReportWriters.ForFormat(format) ?? throw new ArgumentException($"Unknown report format '{format}'; use md, json or sarif.", nameof(format));
        writer.Write(Scan, Comparison, Context, output);
    }
}
