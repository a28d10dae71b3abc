using System.Diagnostics;

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

    private static readonly string[] s_clearedPrefixes = ["MSBUILD", "VSTEST", "TESTINGPLATFORM", "DOTNET_HOST_PATH", "_MSBUILD", "MSBUILDEXTENSIONSPATH", "MSBUILDSDKSPATH"];

    private readonly string _root = Path.Combine(Path.GetTempPath(), "ssot-xfail-sample-" + Guid.NewGuid().ToString("N"));

    public SampleRunFixture()
    {
        string project = Path.Combine(FindRepositoryRoot(), "tests", "ExpectedFailures.Sample", "ExpectedFailures.Sample.csproj");
        string artifacts = Path.Combine(_root, "artifacts");
        ReportDirectory = Path.Combine(_root, "ssot");
        Normal = Run(project, artifacts, "normal.trx", ReportDirectory, build: true, filter: null, runXfail: false);
        RunXfail = Run(project, artifacts, "runxfail.trx", Path.Combine(_root, "ssot-runxfail"), build: false, filter: RunXfailFilter, runXfail: true);
        NonStrict = Run(project, artifacts, "nonstrict.trx", Path.Combine(_root, "ssot-nonstrict"), build: false, filter: NonStrictFilter, runXfail: false, nonStrict: true);
    }

    public TrxRun Normal { get; }

    public TrxRun RunXfail { get; }

    /// <summary>Gets the run of the passing-body cases with <c>SSOT_XFAIL_STRICT=0</c>.</summary>
    public TrxRun NonStrict { get; }

    public string ReportDirectory { get; }

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

    private static string FindRepositoryRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Ssot.TestFramework.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Ssot.TestFramework.sln not found above " + AppContext.BaseDirectory);
    }

    private TrxRun Run(string project, string artifacts, string trxName, string reportDirectory, bool build, string? filter, bool runXfail, bool nonStrict = false)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(project)!,
        };
        foreach (string arg in new[] { "test", project, "-c", "Release", "--artifacts-path", artifacts, "--results-directory", _root, "--logger", $"trx;LogFileName={trxName}", "--disable-build-servers" })
        {
            psi.ArgumentList.Add(arg);
        }

        if (!build)
        {
            psi.ArgumentList.Add("--no-build");
        }

        if (filter is not null)
        {
            psi.ArgumentList.Add("--filter");
            psi.ArgumentList.Add(filter);
        }

        foreach (string key in psi.Environment.Keys.ToArray())
        {
            if (s_clearedPrefixes.Any(p => key.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
            {
                psi.Environment.Remove(key);
            }
        }

        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        psi.Environment["DOTNET_NOLOGO"] = "1";
        psi.Environment["SSOT_RESULTS_DIR"] = reportDirectory;
        psi.Environment.Remove("SSOT_XFAIL_STRICT");
        if (nonStrict)
        {
            psi.Environment["SSOT_XFAIL_STRICT"] = "0";
        }

        if (runXfail)
        {
            psi.Environment["SSOT_RUN_XFAIL"] = "1";
        }
        else
        {
            psi.Environment.Remove("SSOT_RUN_XFAIL");
        }

        using Process process = Process.Start(psi) ?? throw new InvalidOperationException("dotnet could not be started");
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("dotnet test of the sample did not finish in 5 minutes");
        }

        string console = stdout.Result + stderr.Result;
        string trx = Path.Combine(_root, trxName);
        if (!File.Exists(trx))
        {
            throw new InvalidOperationException($"dotnet test wrote no TRX (exit code {process.ExitCode}):\n{console}");
        }

        return TrxRun.Load(trx, console);
    }
}
