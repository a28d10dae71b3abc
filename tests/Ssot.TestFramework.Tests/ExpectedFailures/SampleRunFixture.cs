using Ssot.TestFramework.Testing;

namespace Ssot.TestFramework.Tests.ExpectedFailures;

/// <summary>
/// Builds and runs tests/ExpectedFailures.Sample ONCE per test run with `dotnet test` (TRX logger), then a second,
/// filtered run with SSOT_RUN_XFAIL=1. Uses its own temp artifacts folder so it never collides with the outer build,
/// and clears the MSBuild/VSTest variables the outer `dotnet test` set.
/// </summary>
public sealed class SampleRunFixture : IDisposable
{
    public const string RunXfailFilter = "Issue=#1066";
    public const string NonStrictFilter = "FullyQualifiedName~PassingBody";
    public const string FilteredFilter = "FullyQualifiedName~ListingCases";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "ssot-xfail-sample-" + Guid.NewGuid().ToString("N"));

    public SampleRunFixture()
    {
        string project = Path.Combine(KitPaths.RepositoryRoot(), "tests", "ExpectedFailures.Sample", "ExpectedFailures.Sample.csproj");
        string artifacts = Path.Combine(_root, "artifacts");
        ReportDirectory = Path.Combine(_root, "ssot");
        Normal = Run(project, artifacts, "normal.trx", ReportDirectory, build: true, filter: null, runXfail: false);

        // A filtered run over a copy of the full run's reports: they must merge, not be replaced.
        FilteredReportDirectory = Path.Combine(_root, "ssot-filtered");
        Directory.CreateDirectory(FilteredReportDirectory);
        foreach (string file in Directory.GetFiles(ReportDirectory))
        {
            File.Copy(file, Path.Combine(FilteredReportDirectory, Path.GetFileName(file)));
        }

        Filtered = Run(project, artifacts, "filtered.trx", FilteredReportDirectory, build: false, filter: FilteredFilter, runXfail: false);
        RunXfail = Run(project, artifacts, "runxfail.trx", Path.Combine(_root, "ssot-runxfail"), build: false, filter: RunXfailFilter, runXfail: true);
        // Also the one run with the package's diagnostic messages turned off (SsotDiagnosticMessages=false).
        NonStrict = Run(project, artifacts, "nonstrict.trx", Path.Combine(_root, "ssot-nonstrict"), build: false, filter: NonStrictFilter, runXfail: false, nonStrict: true, quiet: true);
    }

    public TrxRun Normal { get; }

    public TrxRun RunXfail { get; }

    /// <summary>Gets the run of the passing-body cases with <c>SSOT_XFAIL_STRICT=0</c>.</summary>
    public TrxRun NonStrict { get; }

    public string ReportDirectory { get; }

    /// <summary>Gets the run of <see cref="FilteredFilter"/> only, into a copy of the full run's reports.</summary>
    public TrxRun Filtered { get; }

    /// <summary>Gets the reports of <see cref="Filtered"/>: the full run's, merged with the filtered run's.</summary>
    public string FilteredReportDirectory { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp folder.
        }
    }

    private TrxRun Run(string project, string artifacts, string trxName, string reportDirectory, bool build, string? filter, bool runXfail, bool nonStrict = false, bool quiet = false)
    {
        var args = new List<string> { "test", project, "-c", "Release", "--artifacts-path", artifacts, "--results-directory", _root, "--logger", $"trx;LogFileName={trxName}", "--disable-build-servers" };
        if (quiet)
        {
            args.Add("-p:SsotDiagnosticMessages=false");
        }

        if (!build)
        {
            args.Add("--no-build");
        }

        if (filter is not null)
        {
            args.Add("--filter");
            args.Add(filter);
        }

        var environment = new Dictionary<string, string?>
        {
            ["SSOT_RESULTS_DIR"] = reportDirectory,
            ["SSOT_XFAIL_STRICT"] = nonStrict ? "0" : null,
            ["SSOT_RUN_XFAIL"] = runXfail ? "1" : null,
        };
        (int exitCode, string console) = DotnetCli.Run(Path.GetDirectoryName(project)!, args, environment);
        string trx = Path.Combine(_root, trxName);
        if (!File.Exists(trx))
        {
            throw new InvalidOperationException($"dotnet test wrote no TRX (exit code {exitCode}):\n{console}");
        }

        return TrxRun.Load(trx, console);
    }
}
