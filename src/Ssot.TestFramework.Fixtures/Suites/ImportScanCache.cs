using Ssot.TestFramework.Common;
using System.Collections.Concurrent;
using System.Diagnostics;
using Ssot.TestFramework.Compliance.Baselines;
using Ssot.TestFramework.Compliance.Reports;
using Ssot.TestFramework.Compliance.Rules;

namespace Ssot.TestFramework.Fixtures.Suites;

/// <summary>
/// Scans each (registry, source root, baseline) once per process and shares the outcome with every test that asks,
/// so all rule tests of a run parse the tree once. A failure (bad registry, corrupt baseline) is shared too.
/// </summary>
internal static class ImportScanCache
{
    private static readonly ConcurrentDictionary<string, Lazy<ImportScanOutcome>> s_scans = new(StringComparer.Ordinal);

    public static ImportScanOutcome Get(string registryPath, string sourceRoot, string? baselinePath, string reportName, Func<string, string?> environment)
    {
        string key = string.Join('|', registryPath, sourceRoot, baselinePath ?? "-", reportName);
        return s_scans.GetOrAdd(key, _ => new Lazy<ImportScanOutcome>(
            () => Scan(registryPath, sourceRoot, baselinePath, reportName, environment),
            LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }

    internal static ImportScanOutcome Scan(string registryPath, string sourceRoot, string? baselinePath, string reportName, Func<string, string?> environment)
    {
        var notes = new List<string>();
        var clock = Stopwatch.StartNew();
        SsotRegistry registry = SsotRegistryLoader.Load(registryPath);
        if (!Directory.Exists(sourceRoot))
        {
            throw new DirectoryNotFoundException($"The source root '{sourceRoot}' does not exist. Override SourceRoot in your ImportComplianceSuite (relative paths are resolved against the test project's folder).");
        }

        ScanResult result = SsotScanner.Scan(sourceRoot, registry);
        notes.Add($"[ssot] scanned {sourceRoot} with {registryPath} in {clock.ElapsedMilliseconds} ms: {result.Violations.Count} violation(s), {result.Diagnostics.Count} unreadable or unparsable file(s)");

        BaselineComparison comparison = BaselineComparison.Compare(result.Violations, Baseline.Empty);
        RatchetAction action = RatchetAction.None;
        if (baselinePath is not null)
        {
            // A corrupt file throws here, naming it: never an empty baseline.
            BaselineUpdate update = BaselineUpdate.Apply(BaselineFile.Load(baselinePath), result.Violations, environment);
            comparison = update.Comparison;
            action = update.Action;
            if (update.Message is not null)
            {
                notes.Add("[ssot] " + update.Message);
            }
        }

        string directory = SsotResultsDirectory.Resolve();
        foreach (IViolationReportWriter writer in ReportWriters.All)
        {
            string path = Path.Combine(directory, reportName + writer.FileExtension);
            AtomicFile.Write(path, output => writer.Write(result, comparison, output));
            notes.Add($"[ssot] report: {path}");
        }

        return new ImportScanOutcome(result, comparison, baselinePath, action, notes);
    }
}
