using System.Diagnostics;
using System.Globalization;
using Ssot.TestFramework.Common;
using Ssot.TestFramework.Compliance.Baselines;
using Ssot.TestFramework.Compliance.Reports;
using Ssot.TestFramework.Compliance.Rules;
using Ssot.TestFramework.Compliance.Run;

namespace Ssot.TestFramework.Cli;

/// <summary>
/// The <c>ssot</c> command. Exit codes: 0 compliant (or only baselined violations), 1 new violations (or, on CI, stale
/// baseline entries), 2 usage, registry, baseline or file error, or diagnostics without <c>--allow-diagnostics</c>;
/// every error is one line on standard error naming the argument or file and the fix, never a stack trace.
/// </summary>
public static class Program
{
    /// <summary>Exit code: compliant.</summary>
    public const int Compliant = 0;

    /// <summary>Exit code: new violations, or on CI a baseline that lists fixed violations.</summary>
    public const int ViolationsFound = 1;

    /// <summary>Exit code: usage, registry, baseline or file error, an unexpected failure, or diagnostics.</summary>
    public const int Error = 2;

    /// <summary>The process entry point.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>The exit code.</returns>
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error, SsotSettings.ProcessEnvironment, !Console.IsErrorRedirected, TimeProvider.System);

    /// <summary>Runs the command in-process with this process's environment.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="stdout">Receives the report when no <c>--out</c> is given.</param>
    /// <param name="stderr">Receives the summary, timing and errors.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(args, stdout, stderr, SsotSettings.ProcessEnvironment);

    /// <summary>Runs the command in-process with an explicit environment (for the baseline policy); standard error counts as redirected, so no progress is shown.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="stdout">Receives the report when no <c>--out</c> is given.</param>
    /// <param name="stderr">Receives the summary, timing and errors.</param>
    /// <param name="environment">Returns an environment variable's value or null.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, Func<string, string?> environment) =>
        Run(args, stdout, stderr, environment, stderrIsTerminal: false, TimeProvider.System);

    /// <summary>Runs the command in-process with an explicit environment, terminal flag and clock.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="stdout">Receives the report when no <c>--out</c> is given, the help and the version.</param>
    /// <param name="stderr">Receives progress, the summary, timing and errors.</param>
    /// <param name="environment">Returns an environment variable's value or null.</param>
    /// <param name="stderrIsTerminal">
    /// Whether <paramref name="stderr"/> is a terminal a person watches (the process passes
    /// <c>!Console.IsErrorRedirected</c>): only then does a scan longer than a second show progress lines, unless
    /// <c>--quiet</c> is given or <paramref name="environment"/> says this is CI.
    /// </param>
    /// <param name="clock">The clock that decides when progress is shown.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, Func<string, string?> environment, bool stderrIsTerminal, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(clock);
        try
        {
            CliParse parse = CliParser.Parse(args);
            if (parse.Print is not null)
            {
                parse.Print(stdout);
                return Compliant;
            }

            if (parse.Options is not { } options)
            {
                return Fail(stderr, $"{parse.Error} Run 'ssot --help' for the usage.");
            }

            if (CheckPaths(options) is { } pathError)
            {
                return Fail(stderr, pathError);
            }

            IProgress<ScanProgress>? progress = stderrIsTerminal && !options.Quiet && !OnCi(environment) ? new ProgressWriter(stderr, clock) : null;
            return Scan(options, stdout, stderr, environment, progress);
        }
        catch (SsotRegistryException ex)
        {
            return Fail(stderr, $"registry error: {ex.Message}");
        }
        catch (SsotSettingException ex)
        {
            return Fail(stderr, ex.Message);
        }
        catch (BaselineFormatException ex)
        {
            return Fail(stderr, $"baseline error: {ex.Message}");
        }
        catch (BaselineWriteException ex)
        {
            return Fail(stderr, $"baseline error: {ex.Message}");
        }
        catch (DirectoryNotFoundException ex)
        {
            return Fail(stderr, $"{ex.Message} Pass an existing folder as <root>.");
        }
        catch (FileNotFoundException ex)
        {
            return Fail(stderr, ex.Message);
        }
        catch (InvalidDataException ex)
        {
            return Fail(stderr, ex.Message);
        }
        catch (ArgumentException ex)
        {
            return Fail(stderr, ex.Message);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Fail(stderr, $"I/O error ({ex.GetType().Name}): {ex.Message} Check that the files and folders named on the command line exist and are readable.");
        }
#pragma warning disable CA1031 // The last resort: whatever went wrong, one line and exit 2, never a stack trace.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return Fail(stderr, $"unexpected error ({ex.GetType().FullName}): {ex.Message} This is a bug in ssot; please report it with the command line.");
        }
    }

    /// <summary>
    /// Whether this is CI, where a log (even one through a pseudo-terminal) gets no progress lines. A bad <c>SSOT_CI</c>
    /// value only turns progress off here; the baseline policy names it where it decides a verdict.
    /// </summary>
    private static bool OnCi(Func<string, string?> environment)
    {
        try
        {
            return CiDetector.IsCi(environment);
        }
        catch (SsotSettingException)
        {
            return true;
        }
    }

    /// <summary>Whether a note only informs (engine, cache, report path), so <c>--quiet</c> leaves it out.</summary>
    private static bool IsInformational(string note) =>
        note.StartsWith("engine: ", StringComparison.Ordinal) || note.StartsWith("cache: ", StringComparison.Ordinal) || note.StartsWith("report: ", StringComparison.Ordinal);

    /// <summary>Writes one line (newlines in a message folded) and returns <see cref="Error"/>.</summary>
    private static int Fail(TextWriter stderr, string message)
    {
        string line = string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        stderr.WriteLine($"ssot: {line}");
        return Error;
    }

    /// <summary>Checks the paths of the command line before anything is read or written; returns the error or null.</summary>
    private static string? CheckPaths(CliOptions options)
    {
        if (options.Out is { } output)
        {
            if (Directory.Exists(output))
            {
                return $"--out '{Path.GetFullPath(output)}' is a folder. Pass a file path for the report, e.g. {Path.Combine(Path.GetFullPath(output), "ssot-report." + options.Format)}.";
            }

            if (InputFile.SameFile(output, options.Registry))
            {
                return $"--out '{Path.GetFullPath(output)}' is the same file as --registry '{Path.GetFullPath(options.Registry)}'; the report would overwrite the registry. Pass another path as --out; nothing was written.";
            }

            if (options.Baseline is { } b && InputFile.SameFile(output, b))
            {
                return $"--out '{Path.GetFullPath(output)}' is the same file as --baseline '{Path.GetFullPath(b)}'; the report would overwrite the baseline. Pass another path as --out; nothing was written.";
            }
        }

        if (options.Baseline is { } baseline && InputFile.SameFile(baseline, options.Registry))
        {
            return $"--baseline '{Path.GetFullPath(baseline)}' is the same file as --registry '{Path.GetFullPath(options.Registry)}'; writing the baseline would overwrite the registry. Pass the baseline's own file (e.g. ssot.baseline.json); nothing was written.";
        }

        if (options.RepositoryRoot is { } repoRoot && !Directory.Exists(repoRoot))
        {
            return $"--repo-root '{Path.GetFullPath(repoRoot)}' is not an existing folder. Pass the repository folder, or leave the option out (default: the git root above <root>).";
        }

        return null;
    }

    private static int Scan(CliOptions options, TextWriter stdout, TextWriter stderr, Func<string, string?> environment, IProgress<ScanProgress>? progress)
    {
        var clock = Stopwatch.StartNew();
        var request = new ComplianceRequest(options.Registry, options.Root)
        {
            RepositoryRoot = options.RepositoryRoot,
            Projects = options.Projects,
            Configuration = options.Configuration,
            Mode = options.Mode switch { "exact" => ScanMode.Exact, "source" => ScanMode.Source, _ => ScanMode.Auto },
            BaselinePath = options.Baseline,
            Reports = options.Out is null ? [] : [new ReportOutput(options.Format, options.Out)],
            Environment = environment,
            Progress = progress,
        };
        ComplianceOutcome outcome = ComplianceRun.Execute(request);
        ScanResult result = outcome.Scan;
        BaselineComparison? comparison = outcome.Comparison;
        if (options.Out is null)
        {
            outcome.WriteReport(options.Format, stdout);
        }

        foreach (string note in outcome.Notes.Where(n => !options.Quiet || !IsInformational(n)))
        {
            stderr.WriteLine($"ssot: {note}");
        }

        if (outcome.ReportFailures.Count > 0)
        {
            foreach (ReportFailure failure in outcome.ReportFailures)
            {
                stderr.WriteLine($"ssot: cannot write --out '{failure.Path}': {failure.Reason} Pass a writable file path as --out; nothing was written there.");
            }

            return Error;
        }

        int newCount = comparison?.NewViolations.Count ?? result.Violations.Count;
        int known = comparison?.KnownViolations.Count ?? 0;
        if (!options.Quiet)
        {
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"ssot: {result.Violations.Count} violation(s): {newCount} new, {known} baselined; {result.Diagnostics.Count} diagnostic(s); {result.Statistics.FilesScanned} file(s) scanned, {result.Statistics.CandidateFiles} analysed; scan {result.Statistics.Elapsed.TotalSeconds:0.00} s, total {clock.Elapsed.TotalSeconds:0.00} s"));
        }

        foreach (IGrouping<string, Violation> rule in (comparison?.NewViolations ?? result.Violations).GroupBy(v => v.RuleId).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            stderr.WriteLine($"  {rule.Key} {SsotRuleIds.Get(rule.Key).Name}: {rule.Count()} new, e.g. {rule.First().Location}");
        }

        if (result.Diagnostics.Count > 0)
        {
            foreach (ScanDiagnostic d in result.Diagnostics.Take(10))
            {
                stderr.WriteLine($"  diagnostic: {d.File}: {d.Message}");
            }

            if (!options.AllowDiagnostics)
            {
                stderr.WriteLine("ssot: some files could not be read or parsed, so the check is incomplete; fix them or pass --allow-diagnostics.");
                return Error;
            }
        }

        IReadOnlyList<FixedBaselineEntry> stale = outcome.StaleEntries;
        if (stale.Count > 0)
        {
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"ssot: the baseline {outcome.BaselinePath} still lists {stale.Sum(f => f.FixedCount)} fixed violation(s) in {stale.Count} stale entr{(stale.Count == 1 ? "y" : "ies")}; on CI the baseline is never rewritten, so the check fails until it shrinks:"));
            foreach (FixedBaselineEntry entry in stale)
            {
                stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  stale: {entry.Key} ({entry.BaselineCount} in baseline, {entry.ActualCount} found)"));
            }

            stderr.WriteLine("ssot: run ssot locally without CI to tighten the baseline, then commit it.");
        }

        return newCount > 0 || stale.Count > 0 ? ViolationsFound : Compliant;
    }
}
