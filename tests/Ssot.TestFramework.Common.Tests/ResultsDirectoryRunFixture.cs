using Ssot.TestFramework.Testing;

namespace Ssot.TestFramework.Common.Tests;

/// <summary>
/// Runs tests/ReportFailures.Sample twice with `dotnet test` (TRX logger): once with SSOT_RESULTS_DIR at a usable
/// folder, once (without building again) with SSOT_RESULTS_DIR at a regular file. Own temp artifacts folder, cleaned
/// environment (<see cref="DotnetCli"/>), so it never collides with the outer build.
/// </summary>
public sealed class ResultsDirectoryRunFixture : IDisposable
{
    public const string FileContent = "a regular file, not a folder\n";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "ssot-results-run-" + Guid.NewGuid().ToString("N"));

    public ResultsDirectoryRunFixture()
    {
        string project = Path.Combine(KitPaths.RepositoryRoot(), "tests", "ReportFailures.Sample", "ReportFailures.Sample.csproj");
        Directory.CreateDirectory(_root);
        UsableFolder = Path.Combine(_root, "ssot");
        ResultsFile = Path.Combine(_root, "results-file");
        File.WriteAllText(ResultsFile, FileContent);
        Normal = Run(project, "normal.trx", UsableFolder, build: true);
        WithFile = Run(project, "file.trx", ResultsFile, build: false);
    }

    public string UsableFolder { get; }

    public string ResultsFile { get; }

    public TrxRun Normal { get; }

    public TrxRun WithFile { get; }

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

    private TrxRun Run(string project, string trxName, string resultsDirectory, bool build) =>
        SampleRuns.Test(project, _root, trxName, build, new Dictionary<string, string?> { ["SSOT_RESULTS_DIR"] = resultsDirectory });
}
