using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Ssot.TestFramework.Compliance.Projects;

/// <summary>
/// Evaluates projects out of process with the user's own .NET SDK (<c>dotnet msbuild</c>, one process for all projects
/// and target frameworks, project references followed). Never restores, never reaches the network and never writes
/// into the scanned projects (see <see cref="MsBuildHook"/>). Thread-safe: each call uses its own scratch folder.
/// </summary>
internal static partial class MsBuildEvaluator
{
    /// <summary>What an evaluation gave: the projects evaluated, and a message for each project that failed.</summary>
    public sealed record Result(IReadOnlyList<EvaluatedProject> Projects, IReadOnlyDictionary<string, string> Failures, string Scratch);

    /// <summary>The name of the archive of every imported MSBuild file, in the scratch folder.</summary>
    public const string ImportsArchive = "eval.ProjectImports.zip";

    /// <summary>Evaluates <paramref name="projects"/>; the caller owns <paramref name="scratch"/> (the compiler arguments point into it).</summary>
    /// <param name="projects">Absolute project paths.</param>
    /// <param name="workingDirectory">Where <c>dotnet</c> runs, so the repository's <c>global.json</c> selects the SDK.</param>
    /// <param name="configuration">The build configuration (e.g. <c>Debug</c>).</param>
    /// <param name="environment">Reads variables (<c>DOTNET_HOST_PATH</c>); the child inherits this process's environment minus MSBuild's own variables.</param>
    /// <param name="timeout">How long the evaluation may take before it is killed and reported.</param>
    /// <param name="scratch">An empty folder for the evaluation's files; it also receives <c>eval.ProjectImports.zip</c>, every file MSBuild imported.</param>
    /// <param name="overrides">Variables set (or, when null, removed) in the child's environment.</param>
    public static Result Evaluate(IReadOnlyList<string> projects, string workingDirectory, string configuration, Func<string, string?> environment, TimeSpan timeout, string scratch, IReadOnlyDictionary<string, string?> overrides)
    {
        Directory.CreateDirectory(Path.Combine(scratch, "out"));
        File.WriteAllText(Path.Combine(scratch, "before.props"), MsBuildHook.BeforeProps);
        File.WriteAllText(Path.Combine(scratch, "after.targets"), MsBuildHook.AfterTargets);
        string traversal = Path.Combine(scratch, "scan.proj");
        File.WriteAllText(traversal, MsBuildHook.Traversal(projects));

        var start = new ProcessStartInfo(DotnetPath(environment))
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (string arg in (string[])["msbuild", traversal, "-nologo", "-nodeReuse:false", "-m", "-v:m", "-clp:NoSummary;ForceNoAlign",
            $"-p:Configuration={configuration}", $"-p:SsotScratch={scratch}",
            $"-p:CustomBeforeMicrosoftCommonProps={Path.Combine(scratch, "before.props")}",
            $"-p:CustomAfterMicrosoftCommonTargets={Path.Combine(scratch, "after.targets")}",
            $"-p:CustomAfterMicrosoftCommonCrossTargetingTargets={Path.Combine(scratch, "after.targets")}",
            "-p:BuildProjectReferences=false", "-p:SkipCompilerExecution=true", "-p:ProvideCommandLineArgs=true",
            $"-bl:{Path.Combine(scratch, "eval.binlog")};ProjectImports=ZipFile"])
        {
            start.ArgumentList.Add(arg);
        }

        // `dotnet test` and `dotnet build` set MSBuild variables that would point the child at the parent's MSBuild (msbuild#14701).
        foreach (string name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || k.StartsWith("MSBUILD", StringComparison.Ordinal)).ToArray())
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        foreach ((string name, string? value) in overrides)
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        try
        {
            process.Start();
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return new Result([], projects.ToDictionary(p => p, _ => $"cannot start '{start.FileName} msbuild' ({ex.Message}); install the .NET SDK or put dotnet on PATH"), scratch);
        }

        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return new Result([], projects.ToDictionary(p => p, _ => $"dotnet msbuild did not finish within {timeout.TotalSeconds:0} s and was stopped"), scratch);
        }

        process.WaitForExit();
        var evaluated = new List<EvaluatedProject>();
        foreach (string file in Directory.EnumerateFiles(Path.Combine(scratch, "out"), "*.txt").Order(StringComparer.Ordinal))
        {
            evaluated.Add(Read(File.ReadAllLines(file)));
        }

        var failures = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match m in ErrorLineRegex().Matches(output.ToString()).Concat(ProjectErrorLineRegex().Matches(output.ToString())))
        {
            string project = m.Groups["project"].Value.Trim();
            string message = m.Groups["message"].Value.Trim();
            failures[project] = failures.TryGetValue(project, out string? earlier) ? earlier : message;
        }

        foreach (string project in projects)
        {
            if (!evaluated.Any(e => string.Equals(e.ProjectPath, project, StringComparison.Ordinal)) && !failures.ContainsKey(project))
            {
                failures[project] = $"dotnet msbuild reported no compilation for it (exit code {process.ExitCode}): {Tail(output.ToString())}";
            }
        }

        return new Result(evaluated, failures, scratch);
    }

    /// <summary>Reads one evaluation file written by the hook.</summary>
    internal static EvaluatedProject Read(string[] lines)
    {
        string project = string.Empty;
        string tfm = string.Empty;
        var outputs = new List<string>();
        var args = new List<string>();
        foreach (string line in lines)
        {
            if (line.StartsWith("#project=", StringComparison.Ordinal))
            {
                project = line["#project=".Length..];
            }
            else if (line.StartsWith("#tfm=", StringComparison.Ordinal))
            {
                tfm = line["#tfm=".Length..];
            }
            else if (line.StartsWith("#output=", StringComparison.Ordinal))
            {
                outputs.Add(Path.GetFullPath(line["#output=".Length..]));
            }
            else if (line.Length > 0)
            {
                args.Add(line);
            }
        }

        return new EvaluatedProject(project, tfm, args, outputs);
    }

    /// <summary>The <c>dotnet</c> to run: <c>DOTNET_HOST_PATH</c> when it names a file, else <c>dotnet</c> on PATH.</summary>
    internal static string DotnetPath(Func<string, string?> environment)
    {
        string? host = environment("DOTNET_HOST_PATH");
        return !string.IsNullOrEmpty(host) && File.Exists(host) ? host : "dotnet";
    }

    private static string Tail(string output)
    {
        string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length == 0 ? "(no output)" : string.Join(" | ", lines.TakeLast(3));
    }

    [GeneratedRegex(@"^(?:.*?:\s*)?error\s+(?<message>[A-Z]+\d+:.*?)\s*\[(?<project>[^\[\]]+\.csproj)(?:::[^\]]*)?\]\s*$", RegexOptions.Multiline)]
    private static partial Regex ErrorLineRegex();

    [GeneratedRegex(@"^(?<project>[^\s][^\[\]]*?\.csproj)(?:\(\d+,\d+\))?\s*:\s*error\s+(?<message>[A-Z]+\d+:.*?)\s*$", RegexOptions.Multiline)]
    private static partial Regex ProjectErrorLineRegex();
}
