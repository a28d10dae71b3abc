using System.Diagnostics;

namespace Ssot.TestFramework.Testing;

/// <summary>
/// Runs the <c>dotnet</c> CLI as a child of the test host, as a user would from a shell: without the MSBuild, VSTest
/// and host variables that <c>dotnet test</c> sets for its own children (msbuild#14701).
/// </summary>
public static class DotnetCli
{
    // SSOT_VSTEST_RESULTS_DIR: the kit's own targets set it in this test host when the outer `dotnet test` was given
    // --results-directory; a child run must choose its own results folder.
    private static readonly string[] s_clearedPrefixes = ["MSBUILD", "VSTEST", "TESTINGPLATFORM", "DOTNET_HOST_PATH", "_MSBUILD", "MSBUILDEXTENSIONSPATH", "MSBUILDSDKSPATH", "SSOT_VSTEST_RESULTS_DIR"];

    /// <summary>Runs <c>dotnet args</c> in <paramref name="workingDirectory"/> and returns its exit code and output.</summary>
    /// <param name="workingDirectory">Where it runs.</param>
    /// <param name="args">The arguments.</param>
    /// <param name="environment">Variables to set (a <see langword="null"/> value removes one).</param>
    /// <param name="timeout">How long it may take; default 15 minutes (a hang guard, never a timing check).</param>
    /// <exception cref="TimeoutException">It did not finish in time (it is killed).</exception>
    public static (int Code, string Output) Run(string workingDirectory, IEnumerable<string> args, IReadOnlyDictionary<string, string?>? environment = null, TimeSpan? timeout = null)
    {
        (int code, string stdout, string stderr) = RunProgram("dotnet", workingDirectory, args, environment, timeout);
        return (code, stdout + stderr);
    }

    /// <summary>
    /// Runs <paramref name="program"/> (e.g. an installed dotnet tool's command) the same way, with the same cleaned
    /// environment, and returns its exit code, standard output and standard error separately.
    /// </summary>
    /// <param name="program">The executable: a name on PATH or a full path.</param>
    /// <param name="workingDirectory">Where it runs.</param>
    /// <param name="args">The arguments.</param>
    /// <param name="environment">Variables to set (a <see langword="null"/> value removes one).</param>
    /// <param name="timeout">How long it may take; default 15 minutes (a hang guard, never a timing check).</param>
    /// <exception cref="TimeoutException">It did not finish in time (it is killed).</exception>
    public static (int Code, string Stdout, string Stderr) RunProgram(string program, string workingDirectory, IEnumerable<string> args, IReadOnlyDictionary<string, string?>? environment = null, TimeSpan? timeout = null)
    {
        var psi = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (string arg in args)
        {
            psi.ArgumentList.Add(arg);
        }

        foreach (string key in psi.Environment.Keys.Where(k => s_clearedPrefixes.Any(p => k.StartsWith(p, StringComparison.OrdinalIgnoreCase))).ToArray())
        {
            psi.Environment.Remove(key);
        }

        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        psi.Environment["DOTNET_NOLOGO"] = "1";
        foreach ((string name, string? value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                psi.Environment.Remove(name);
            }
            else
            {
                psi.Environment[name] = value;
            }
        }

        using Process process = Process.Start(psi) ?? throw new InvalidOperationException(program + " could not be started");
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        TimeSpan limit = timeout ?? TimeSpan.FromMinutes(15);
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', psi.ArgumentList)} did not finish in {limit.TotalMinutes:0} minutes");
        }

        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
