
namespace Ssot.TestFramework.Testing;

/// <summary>Runs a sample test project with `dotnet test` and the TRX logger, in its own artifacts folder and with a
/// cleaned environment (<see cref="DotnetCli"/>), so it never collides with the outer build.</summary>
public static class SampleRuns
{
    /// <summary>Runs <paramref name="project"/>; the kit's run-wide variables are unset unless <paramref name="environment"/> sets them.</summary>
    /// <returns>The parsed TRX and the console output.</returns>
    /// <exception cref="InvalidOperationException">No TRX was written; the message holds the console output.</exception>
    public static TrxRun Test(string project, string root, string trxName, bool build, IReadOnlyDictionary<string, string?> environment)
    {
        var args = new List<string> { "test", project, "-c", "Release", "--artifacts-path", Path.Combine(root, "artifacts"), "--results-directory", root, "--logger", $"trx;LogFileName={trxName}", "--disable-build-servers" };
        if (!build)
        {
            args.Add("--no-build");
        }

        var variables = new Dictionary<string, string?> { ["SSOT_XFAIL_STRICT"] = null, ["SSOT_RUN_XFAIL"] = null, ["SSOT_SEED"] = null };
        foreach ((string name, string? value) in environment)
        {
            variables[name] = value;
        }

        (int exitCode, string console) = DotnetCli.Run(Path.GetDirectoryName(project)!, args, variables);
        string trx = Path.Combine(root, trxName);
        if (!File.Exists(trx))
        {
            throw new InvalidOperationException($"dotnet test wrote no TRX (exit code {exitCode}):\n{console}");
        }

        return TrxRun.Load(trx, console);
    }

    /// <summary>Deletes a sample run's temp folder, best effort.</summary>
    public static void DeleteQuietly(string root)
    {
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp folder.
        }
    }
}
