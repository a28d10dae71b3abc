using System.Diagnostics;
using System.Globalization;
using Ssot.TestFramework.Compliance.Baselines;
using Ssot.TestFramework.Compliance.Reports;
using Ssot.TestFramework.Compliance.Rules;
using Ssot.TestFramework.Compliance.Run;

namespace Ssot.TestFramework.Cli;

/// <summary>
/// The <c>ssot</c> command. Exit codes: 0 compliant (or only baselined violations), 1 new violations, 2 usage, registry
/// or baseline error, or diagnostics without <c>--allow-diagnostics</c>.
/// </summary>
public static class Program
{
    /// <summary>Exit code: compliant.</summary>
    public const int Compliant = 0;

    /// <summary>Exit code: new violations.</summary>
    public const int ViolationsFound = 1;

    /// <summary>Exit code: usage, registry or baseline error, or diagnostics.</summary>
    public const int Error = 2;

    /// <summary>The process entry point.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>The exit code.</returns>
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Runs the command in-process with this process's environment.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="stdout">Receives the report when no <c>--out</c> is given.</param>
    /// <param name="stderr">Receives the summary, timing and errors.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(args, stdout, stderr, Environment.GetEnvironmentVariable);

    /// <summary>Runs the command in-process with an explicit environment (for the baseline policy).</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="stdout">Receives the report when no <c>--out</c> is given.</param>
    /// <param name="stderr">Receives the summary, timing and errors.</param>
    /// <param name="environment">Returns an environment variable's value or null.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        ArgumentNullException.ThrowIfNull(environment);
        if (args is ["--help"] or ["-h"] or ["help"])
        {
            stdout.WriteLine(CliOptions.Usage);
            return Compliant;
        }

        (CliOptions? options, string? usageError) = CliOptions.Parse(args);
        if (options is null)
        {
            stderr.WriteLine($"ssot: {usageError}");
            stderr.WriteLine(CliOptions.Usage);
            return Error;
        }

        try
        {
            return Scan(options, stdout, stderr, environment);
        }
        catch (SsotRegistryException ex)
        {
            stderr.WriteLine($"ssot: registry error: {ex.Message}");
            return Error;
        }
        catch (BaselineFormatException ex)
        {
            stderr.WriteLine($"ssot: baseline error: {ex.Message}");
            return Error;
        }
        catch (DirectoryNotFoundException ex)
        {
            stderr.WriteLine($"ssot: {ex.Message} Pass an existing folder as <root>.");
            return Error;
        }
        catch (FileNotFoundException ex)
        {
            stderr.WriteLine($"ssot: {ex.Message}");
            return Error;
        }
        catch (InvalidDataException ex)
        {
            stderr.WriteLine($"ssot: {ex.Message}");
            return Error;
        }
        catch (IOException ex)
        {
            stderr.WriteLine($"ssot: I/O error: {ex.Message}");
            return Error;
        }
    }

    private static int Scan(CliOptions options, TextWriter stdout, TextWriter stderr, Func<string, string?> environment)
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
        };
        ComplianceOutcome outcome = ComplianceRun.Execute(request);
        ScanResult result = outcome.Scan;
        BaselineComparison? comparison = outcome.Comparison;
        if (options.Out is null)
        {
            outcome.WriteReport(options.Format, stdout);
        }

        foreach (string note in outcome.Notes)
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
        stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ssot: {result.Violations.Count} violation(s): {newCount} new, {known} baselined; {result.Diagnostics.Count} diagnostic(s); {result.Statistics.FilesScanned} file(s) scanned, {result.Statistics.CandidateFiles} parsed; scan {result.Statistics.Elapsed.TotalSeconds:0.00} s, total {clock.Elapsed.TotalSeconds:0.00} s"));
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

        return newCount > 0 ? ViolationsFound : Compliant;
    }
}
