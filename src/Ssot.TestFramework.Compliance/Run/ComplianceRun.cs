using Ssot.TestFramework.Common;
using Ssot.TestFramework.Compliance.Baselines;
using Ssot.TestFramework.Compliance.Reports;
using Ssot.TestFramework.Compliance.Rules;

namespace Ssot.TestFramework.Compliance.Run;

/// <summary>
/// The one pipeline of the import check: load the registry, scan (exact or source mode), compare with the baseline and
/// apply the ratchet, then write the reports atomically. The <c>ssot</c> tool and <c>ImportComplianceSuite</c> both
/// call it, so they agree on every verdict and write the same bytes. Stateless and thread-safe.
/// </summary>
public static class ComplianceRun
{
    /// <summary>Runs the check.</summary>
    /// <param name="request">What to check.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="SsotSettingException"><c>SOURCE_DATE_EPOCH</c> (or an <c>SSOT_*</c> switch) has a value the kit does not accept; nothing was written.</exception>
    /// <exception cref="SsotRegistryException">The registry is invalid or an entry resolves to nothing.</exception>
    /// <exception cref="BaselineFormatException">The baseline exists but is corrupt.</exception>
    /// <exception cref="DirectoryNotFoundException">The scan root does not exist.</exception>
    /// <exception cref="BaselineWriteException">The baseline had to be written (created, tightened, accepted, migrated) but could not be.</exception>
    /// <exception cref="ArgumentException">A path is empty, or a report or the baseline would overwrite another input; nothing was written.</exception>
    public static ComplianceOutcome Execute(ComplianceRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var notes = new List<string>();
        RejectOverlappingFiles(request);
        DateTimeOffset started = ReportDate.Now(request.Environment, request.Clock);
        SsotRegistry registry = SsotRegistryLoader.Load(request.RegistryPath);
        if (string.IsNullOrWhiteSpace(request.ScanRoot))
        {
            throw new DirectoryNotFoundException("The scan root is an empty string.");
        }

        string scanRoot = Path.GetFullPath(request.ScanRoot);
        if (!Directory.Exists(scanRoot))
        {
            throw new DirectoryNotFoundException(File.Exists(scanRoot) ? $"The scan root '{scanRoot}' is a file, not a folder." : $"The scan root '{scanRoot}' does not exist.");
        }

        string repositoryRoot = Path.GetFullPath(request.RepositoryRoot ?? RepositoryRoots.Find(scanRoot) ?? scanRoot);
        BaselineLoadResult? loaded = request.BaselinePath is null ? null : BaselineFile.Load(request.BaselinePath);
        ScanResult result = SsotScanner.Scan(
            new ScanOptions(scanRoot)
            {
                PathRoot = repositoryRoot,
                Projects = request.Projects,
                Configuration = request.Configuration,
                Mode = request.Mode,
                Environment = request.Environment,
                Progress = request.Progress,
            },
            registry);
        notes.Add($"engine: {result.Engine.Label}");
        if (result.CacheUse != ScanCacheUse.None)
        {
            notes.Add(result.CacheUse == ScanCacheUse.Results
                ? "cache: no input changed; the result was reused (.ssot/cache)"
                : "cache: the evaluated project model was reused (.ssot/cache)");
        }

        notes.AddRange(result.Warnings.Select(w => "warning: " + w));

        BaselineComparison? comparison = null;
        RatchetAction action = RatchetAction.None;
        if (loaded is not null)
        {
            (BaselineLoadResult migrated, string? migration) = BaselineMigration.ToRepositoryRoot(loaded, scanRoot, repositoryRoot);
            bool ci = CiDetector.IsCi(request.Environment);
            if (migration is not null)
            {
                notes.Add(migration + (ci ? " On CI it is migrated in memory only; migrate it on a developer machine and commit it." : " It was rewritten; commit it."));
                if (!ci)
                {
                    BaselineFile.Write(migrated.Path, migrated.Baseline);
                }
            }

            var update = BaselineUpdate.Apply(migrated, result.Violations, request.Environment);
            comparison = update.Comparison;
            action = update.Action;
            if (update.Message is not null)
            {
                notes.Add(update.Message);
            }
        }

        var reportFailures = new List<ReportFailure>();
        var context = new ReportContext(started, repositoryRoot, ReportContext.Display(repositoryRoot, scanRoot), ReportContext.Display(repositoryRoot, request.RegistryPath))
        {
            Commit = GitCommit.Read(repositoryRoot),
            BaselinePath = loaded is null ? null : ReportContext.Display(repositoryRoot, loaded.Path),
        };
        var outcome = new ComplianceOutcome(result, comparison, loaded?.Path, action, repositoryRoot, notes) { ReportFailures = reportFailures, Context = context };
        foreach (ReportOutput report in request.Reports)
        {
            string full = Path.GetFullPath(report.Path);
            try
            {
                AtomicFile.Write(full, output => outcome.WriteReport(report.Format, output));
                notes.Add($"report: {full}");
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Report I/O never changes the verdict: the host decides what a failed write means (the CLI exits 2,
                // the suite keeps its outcome and says so once). Any previous file at that path is left as it was.
                reportFailures.Add(new ReportFailure(full, ex.Message));
            }
        }

        return outcome;
    }

    /// <summary>Refuses, before anything is written, a report or baseline path that names an input (or each other).</summary>
    private static void RejectOverlappingFiles(ComplianceRequest request)
    {
        var written = new List<(string What, string Path)>();
        if (request.BaselinePath is not null)
        {
            written.Add(("the baseline", request.BaselinePath));
        }

        written.AddRange(request.Reports.Select(r => ($"the {r.Format} report", r.Path)));
        foreach ((string what, string path) in written)
        {
            if (string.IsNullOrWhiteSpace(path))
            {
                throw new ArgumentException($"The path of {what} is an empty string; give a file path.", nameof(request));
            }
        }

        var inputs = new List<(string What, string Path)> { ("the registry", request.RegistryPath) };
        for (int i = 0; i < written.Count; i++)
        {
            foreach ((string what, string path) in inputs.Concat(written.Take(i)))
            {
                if (!string.IsNullOrWhiteSpace(path) && InputFile.SameFile(written[i].Path, path))
                {
                    throw new ArgumentException(
                        $"{char.ToUpperInvariant(written[i].What[0])}{written[i].What[1..]} ({Path.GetFullPath(written[i].Path)}) is the same file as {what} ({Path.GetFullPath(path)}); writing it would destroy {what}. Give {written[i].What} its own path; nothing was written.",
                        nameof(request));
                }
            }
        }
    }
}
