using System.Collections.Concurrent;
using System.Diagnostics;
using Ssot.TestFramework.Common;
using Ssot.TestFramework.Compliance.Reports;
using Ssot.TestFramework.Compliance.Run;

namespace Ssot.TestFramework.Fixtures.Suites;

/// <summary>
/// Runs each compliance request once per process (through <see cref="ComplianceRun"/>, the pipeline the <c>ssot</c> tool
/// runs too) and shares the outcome with every test that asks, so all rule tests of a run scan the tree once. The key
/// holds everything the outcome depends on, the environment variables the run reads included. A failure (bad
/// registry, corrupt baseline) is shared too.
/// </summary>
internal static class ImportScanCache
{
    private static readonly ConcurrentDictionary<string, Lazy<ImportScanOutcome>> s_scans = new(StringComparer.Ordinal);

    private static readonly string[] s_environmentRead =
    [
        CiDetector.OverrideVariable, CiDetector.CiVariable, .. CiDetector.Systems.Select(s => s.Variable), RatchetPolicy.UpdateVariable,
        SsotResultsDirectory.EnvironmentVariable, SsotResultsDirectory.VSTestVariable, "DOTNET_HOST_PATH",
    ];

    public static ImportScanOutcome Get(string registryPath, string sourceRoot, string? baselinePath, string reportName, string configuration, Func<string, string?> environment)
    {
        string key = string.Join('|', [registryPath, sourceRoot, baselinePath ?? "-", reportName, configuration, .. s_environmentRead.Select(v => $"{v}={environment(v)}")]);
        return s_scans.GetOrAdd(key, _ => new Lazy<ImportScanOutcome>(
            () => Scan(registryPath, sourceRoot, baselinePath, reportName, configuration, environment),
            LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }

    /// <summary>The request the suite runs: the same as <c>ssot scan</c> with the same registry, root and baseline, plus its three reports.</summary>
    internal static ComplianceRequest Request(string registryPath, string sourceRoot, string? baselinePath, string reportName, string configuration, Func<string, string?> environment, string resultsDirectory) =>
        new(registryPath, sourceRoot)
        {
            BaselinePath = baselinePath,
            Configuration = configuration,
            Environment = environment,
            Reports = ReportWriters.All.Select(w => new ReportOutput(w.Format, Path.Combine(resultsDirectory, reportName + w.FileExtension))).ToArray(),
        };

    internal static ImportScanOutcome Scan(string registryPath, string sourceRoot, string? baselinePath, string reportName, string configuration, Func<string, string?> environment, ReportWriteDiagnostics? diagnostics = null)
    {
        if (!Directory.Exists(sourceRoot))
        {
            throw new DirectoryNotFoundException($"The source root '{sourceRoot}' does not exist. Override SourceRoot in your ImportComplianceSuite (relative paths are resolved against the test project's folder).");
        }

        var clock = Stopwatch.StartNew();
        // A results folder that cannot be written costs the reports only: the scan runs and judges all the same.
        ComplianceRequest request = Request(registryPath, sourceRoot, baselinePath, reportName, configuration, environment, SsotResultsDirectory.Resolve(environment));
        ComplianceOutcome outcome = ComplianceRun.Execute(request);
        var notes = new List<string>
        {
            $"[ssot] scanned {sourceRoot} with {registryPath} in {clock.ElapsedMilliseconds} ms: {outcome.Scan.Violations.Count} violation(s), {outcome.Scan.Diagnostics.Count} unreadable or unparsable file(s)",
        };
        notes.AddRange(outcome.Notes.Select(n => "[ssot] " + n));
        return new ImportScanOutcome(outcome, notes)
        {
            ReportFailure = Describe(outcome.ReportFailures, diagnostics ?? ReportWriteDiagnostics.Process, environment),
            MarkdownReportPath = request.Reports.FirstOrDefault(r => string.Equals(r.Format, "md", StringComparison.OrdinalIgnoreCase))?.Path,
        };
    }

    /// <summary>One line for the reports that could not be written (they all go to one folder), or <see langword="null"/>.</summary>
    private static string? Describe(IReadOnlyList<ReportFailure> failures, ReportWriteDiagnostics diagnostics, Func<string, string?> environment) =>
        failures.Count == 0 ? null : diagnostics.Report(failures[0].Path, failures[0].Reason, environment, failures.Skip(1).Select(f => f.Path).ToArray());
}
