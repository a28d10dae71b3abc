namespace Ssot.TestFramework.Cli;

/// <summary>The parsed arguments of <c>ssot scan</c>.</summary>
/// <param name="Root">The folder to scan.</param>
/// <param name="Registry">The registry file.</param>
/// <param name="Baseline">The baseline file, or null.</param>
/// <param name="Format">The report format.</param>
/// <param name="Out">The report file, or null for standard output.</param>
/// <param name="AllowDiagnostics">Whether unreadable or unparsable files may pass.</param>
internal sealed record CliOptions(string Root, string Registry, string? Baseline, string Format, string? Out, bool AllowDiagnostics)
{
    public const string Usage = "usage: ssot scan <root> --registry <ssot.json> [--baseline <file>] [--format md|json|sarif] [--out <file>] [--allow-diagnostics]"
        + " [--project <.sln|.slnx|.slnf|.csproj>]... [--solution <file>] [--configuration Debug] [--mode auto|exact|source] [--repo-root <dir>]";

    /// <summary>Gets the solution or project files to evaluate (exact mode); empty means those under the root.</summary>
    public IReadOnlyList<string> Projects { get; init; } = [];

    /// <summary>Gets the configuration evaluated in exact mode.</summary>
    public string Configuration { get; init; } = "Debug";

    /// <summary>Gets the engine mode.</summary>
    public string Mode { get; init; } = "auto";

    /// <summary>Gets the repository root that paths and baseline keys are relative to, or null (the git root, else the root).</summary>
    public string? RepositoryRoot { get; init; }

    /// <summary>Parses arguments; returns an error message naming the offending value instead of throwing.</summary>
    public static (CliOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0 || args[0] != "scan")
        {
            return (null, args.Count == 0 ? "missing command 'scan'." : $"unknown command '{args[0]}'; the only command is 'scan'.");
        }

        string? root = null, registry = null, baseline = null, output = null, format = "md", repoRoot = null;
        string configuration = "Debug", mode = "auto";
        var projects = new List<string>();
        bool allow = false;
        for (int i = 1; i < args.Count; i++)
        {
            string a = args[i];
            if (a == "--allow-diagnostics")
            {
                allow = true;
                continue;
            }

            if (a.StartsWith("--", StringComparison.Ordinal))
            {
                if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    return (null, $"option '{a}' needs a value.");
                }

                string value = args[++i];
                if (string.IsNullOrWhiteSpace(value) && EmptyValueFix(a) is { } fix)
                {
                    return (null, $"option '{a}' is an empty string; {fix}");
                }

                switch (a)
                {
                    case "--registry": registry = value; break;
                    case "--baseline": baseline = value; break;
                    case "--format": format = value; break;
                    case "--out": output = value; break;
                    case "--project" or "--solution": projects.Add(value); break;
                    case "--configuration": configuration = value; break;
                    case "--mode": mode = value.ToLowerInvariant(); break;
                    case "--repo-root": repoRoot = value; break;
                    default: return (null, $"unknown option '{a}'.");
                }

                continue;
            }

            if (root is not null)
            {
                return (null, $"unexpected argument '{a}'; give exactly one root folder.");
            }

            if (string.IsNullOrWhiteSpace(a))
            {
                return (null, "the <root> folder is an empty string; pass the folder to scan, e.g. '.'.");
            }

            root = a;
        }

        if (root is null)
        {
            return (null, "missing the <root> folder to scan.");
        }

        if (registry is null)
        {
            return (null, "missing --registry <ssot.json>.");
        }

        if (format is not ("md" or "json" or "sarif"))
        {
            return (null, $"unknown --format '{format}'; use md, json or sarif.");
        }

        if (mode is not ("auto" or "exact" or "source"))
        {
            return (null, $"unknown --mode '{mode}'; use auto, exact or source.");
        }

        return (new CliOptions(root, registry, baseline, format, output, allow) { Projects = projects, Configuration = configuration, Mode = mode, RepositoryRoot = repoRoot }, null);
    }

    private static string? EmptyValueFix(string option) => option switch
    {
        "--registry" => "pass the path of ssot.json.",
        "--baseline" => "pass the baseline file path (e.g. ssot.baseline.json), or leave the option out for no baseline.",
        "--out" => "pass the report file path, or leave the option out to write the report to standard output.",
        "--project" or "--solution" => "pass a .sln, .slnx, .slnf or .csproj file.",
        "--configuration" => "pass a configuration name such as Debug or Release.",
        "--repo-root" => "pass the repository folder, or leave the option out (default: the git root above <root>).",
        _ => null,
    };
}
