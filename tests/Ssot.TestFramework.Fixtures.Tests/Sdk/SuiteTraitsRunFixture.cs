using Ssot.TestFramework.Testing;

namespace Ssot.TestFramework.Fixtures.Tests.Sdk;

/// <summary>
/// Copies tests/SuiteTraits.Sample into a temp folder (outside the repository, so its tree is not in git and the
/// baseline's keys stay relative to the tree), builds it once with `dotnet test` (TRX logger) and runs it again with
/// three trait filters. `dotnet test --list-tests` is not trait-aware, so which tests a filter selected is read from
/// the TRX of a real run. Own artifacts folder inside the copy, so it never collides with the outer build, and the
/// test project's folder is still found above its binaries.
/// </summary>
public sealed class SuiteTraitsRunFixture : IDisposable
{
    public const string IssueFilter = "Issue=#1066";
    public const string ComplianceFilter = "Category=SsotCompliance";
    public const string ExpectedToFailFilter = "Category=ExpectedToFail";

    // Limits against a hang, not timings: the first run builds the kit's four libraries into the copy's artifacts
    // folder while other fixtures build theirs on the same cores.
    private static readonly TimeSpan s_buildRun = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan s_filteredRun = TimeSpan.FromMinutes(10);

    private readonly string _root = Path.Combine(Path.GetTempPath(), "ssot-suite-traits-" + Guid.NewGuid().ToString("N"));

    public SuiteTraitsRunFixture()
    {
        string repository = KitPaths.RepositoryRoot();
        string project = Path.Combine(_root, "SuiteTraits.Sample");
        KitPaths.CopyDirectory(Path.Combine(repository, "tests", "SuiteTraits.Sample"), project);
        string csproj = Path.Combine(project, "SuiteTraits.Sample.csproj");
        File.WriteAllText(csproj, File.ReadAllText(csproj).Replace(@"..\..\src\", Path.Combine(repository, "src") + Path.DirectorySeparatorChar, StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(_root, "Directory.Build.props"), $"<Project>\n  <Import Project=\"{Path.Combine(repository, "tests", "Directory.Build.props")}\" />\n</Project>\n");
        File.WriteAllText(Path.Combine(_root, "Directory.Packages.props"), $"<Project>\n  <Import Project=\"{Path.Combine(repository, "Directory.Packages.props")}\" />\n</Project>\n");
        File.Copy(Path.Combine(repository, "global.json"), Path.Combine(_root, "global.json"));
        Baseline = Path.Combine(project, "Tree", "ssot.baseline.json");
        BaselineBefore = File.ReadAllText(Baseline);

        string artifacts = Path.Combine(project, "artifacts");
        ReportDirectory = Path.Combine(_root, "ssot-full");
        Full = Run(project, artifacts, "full", ReportDirectory, filter: null);
        Issue = Run(project, artifacts, "issue", Path.Combine(_root, "ssot-issue"), IssueFilter, diagnosticMessages: true);
        Compliance = Run(project, artifacts, "compliance", Path.Combine(_root, "ssot-compliance"), ComplianceFilter);
        ExpectedToFail = Run(project, artifacts, "xfail", Path.Combine(_root, "ssot-xfail"), ExpectedToFailFilter);
    }

    /// <summary>Gets the unfiltered run (which also built the sample).</summary>
    public TrxRun Full { get; }

    /// <summary>Gets the run with <see cref="IssueFilter"/>, with xUnit's diagnostic messages shown on the console.</summary>
    public TrxRun Issue { get; }

    /// <summary>Gets the run with <see cref="ComplianceFilter"/>.</summary>
    public TrxRun Compliance { get; }

    /// <summary>Gets the run with <see cref="ExpectedToFailFilter"/>.</summary>
    public TrxRun ExpectedToFail { get; }

    /// <summary>Gets where the unfiltered run wrote its reports.</summary>
    public string ReportDirectory { get; }

    /// <summary>Gets the copy's baseline file.</summary>
    public string Baseline { get; }

    /// <summary>Gets the baseline's text before any run.</summary>
    public string BaselineBefore { get; }

    /// <summary>Gets the names of the tests a run reported, without the sample's namespace.</summary>
    public static IReadOnlyList<string> Names(TrxRun run) =>
        run.Results.Keys.Select(k => k.Replace("SuiteTraits.Sample.", string.Empty, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();

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

    private TrxRun Run(string project, string artifacts, string name, string reportDirectory, string? filter, bool diagnosticMessages = false)
    {
        var args = new List<string> { "test", project, "-c", "Release", "--artifacts-path", artifacts, "--results-directory", _root, "--logger", $"trx;LogFileName={name}.trx", "--disable-build-servers" };
        if (filter is not null)
        {
            args.AddRange(["--no-build", "--filter", filter]);
        }

        if (diagnosticMessages)
        {
            args.AddRange(["--", "xUnit.DiagnosticMessages=true"]);
        }

        var environment = new Dictionary<string, string?>
        {
            ["SSOT_RESULTS_DIR"] = reportDirectory,
            ["SSOT_CI"] = "0",
            ["SSOT_RUN_XFAIL"] = null,
            ["SSOT_XFAIL_STRICT"] = null,
            ["SSOT_UPDATE_BASELINE"] = null,
        };
        (int exitCode, string console) = DotnetCli.Run(_root, args, environment, filter is null ? s_buildRun : s_filteredRun);
        string trx = Path.Combine(_root, name + ".trx");
        if (!File.Exists(trx))
        {
            throw new InvalidOperationException($"dotnet test wrote no TRX (exit code {exitCode}):\n{console}");
        }

        return TrxRun.Load(trx, console);
    }
}
