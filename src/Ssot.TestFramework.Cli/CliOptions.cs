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
    public const string Usage = "usage: ssot scan <root> --registry <ssot.json> [--baseline <file>] [--format md|json|sarif] [--out <file>] [--allow-diagnostics]";

    /// <summary>Parses arguments; returns an error message naming the offending value instead of throwing.</summary>
    public static (CliOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0 || args[0] != "scan")
        {
            return (null, args.Count == 0 ? "missing command 'scan'." : $"unknown command '{args[0]}'; the only command is 'scan'.");
        }

        string? root = null, registry = null, baseline = null, output = null, format = "md";
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
                switch (a)
                {
                    case "--registry": registry = value; break;
                    case "--baseline": baseline = value; break;
                    case "--format": format = value; break;
                    case "--out": output = value; break;
                    default: return (null, $"unknown option '{a}'.");
                }

                continue;
            }

            if (root is not null)
            {
                return (null, $"unexpected argument '{a}'; give exactly one root folder.");
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

        return (new CliOptions(root, registry, baseline, format, output, allow), null);
    }
}
