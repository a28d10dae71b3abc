using System.Collections.Concurrent;
using System.Diagnostics;
using Ssot.TestFramework.Baselines;
using Ssot.TestFramework.Reports;
using Ssot.TestFramework.Rules;

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

        Baseline baseline = Baseline.Empty;
        BaselineUpdateAction action = BaselineUpdateAction.None;
        if (baselinePath is not null)
        {
            BaselineLoadResult loaded = BaselineFile.Load(baselinePath); // a corrupt file throws, naming it
            baseline = loaded.Baseline;
            action = BaselineUpdatePolicy.Decide(!loaded.IsMissing, environment);
            if (loaded.IsMissing && action == BaselineUpdateAction.None)
            {
                notes.Add($"[ssot] no baseline at {baselinePath}: every violation counts as new. On CI it is never created silently; run once with {BaselineUpdatePolicy.UpdateVariable}=1 to create it.");
            }
        }

        BaselineComparison comparison = BaselineComparison.Compare(result.Violations, baseline);
        switch (action)
        {
            case BaselineUpdateAction.Create or BaselineUpdateAction.Accept:
                Baseline accepted = Baseline.FromViolations(result.Violations);
                BaselineFile.Write(baselinePath!, accepted);
                comparison = BaselineComparison.Compare(result.Violations, accepted);
                notes.Add($"[ssot] baseline {(action == BaselineUpdateAction.Create ? "created" : "rewritten")} at {baselinePath} with {accepted.TotalCount} known violation(s); commit it.");
                break;
            case BaselineUpdateAction.Tighten when comparison.FixedEntries.Count > 0:
                Baseline tightened = comparison.Tightened();
                BaselineFile.Write(baselinePath!, tightened);
                notes.Add($"[ssot] baseline tightened at {baselinePath}: {comparison.FixedEntries.Sum(f => f.FixedCount)} fixed violation(s) removed, so they cannot come back; commit it.");
                comparison = BaselineComparison.Compare(result.Violations, tightened);
                break;
        }

        string directory = SsotResultsDirectory.Resolve();
        foreach (IViolationReportWriter writer in ReportWriters.All)
        {
            string path = Path.Combine(directory, reportName + writer.FileExtension);
            using (var output = new StreamWriter(path + ".tmp"))
            {
                writer.Write(result, comparison, output);
            }

            File.Move(path + ".tmp", path, overwrite: true);
            notes.Add($"[ssot] report: {path}");
        }

        return new ImportScanOutcome(result, comparison, baselinePath, action, notes);
    }
}
