using System.CommandLine;
using System.CommandLine.Help;
using System.Reflection;

namespace Ssot.TestFramework.Cli;

/// <summary>What the command line asks for: a scan, a text to print (help or the version), or an error.</summary>
/// <param name="Options">The scan's arguments, or null.</param>
/// <param name="Error">One line naming the offending argument, or null.</param>
/// <param name="Print">Writes the help or the version to standard output, or null.</param>
internal sealed record CliParse(CliOptions? Options, string? Error, Action<TextWriter>? Print);

/// <summary>
/// The <c>ssot</c> command line on System.CommandLine: <c>ssot scan &lt;root&gt; --registry &lt;ssot.json&gt; …</c>,
/// <c>--help</c> (<c>-h</c>, <c>-?</c>) on the tool and on <c>scan</c>, and <c>--version</c>. Option names, the command
/// name and the values of <c>--format</c> and <c>--mode</c> are case-insensitive. Every refusal is one line naming the
/// argument; the parser's own messages are only a last resort for cases this class does not name itself.
/// Stateless: each <see cref="Parse"/> builds its own command tree, so concurrent calls are independent.
/// </summary>
internal static class CliParser
{
    private const string Formats = "md, json or sarif";
    private const string Modes = "auto, exact or source";

    /// <summary>The exit-code and example sections appended to both help pages.</summary>
    internal const string ExitCodesAndExamples = """
        Exit codes:
          0  compliant, or only baselined violations
          1  new violations; or, on CI, a baseline that still lists fixed violations (stale entries)
          2  usage error, unreadable or invalid registry or baseline, a file that cannot be written, or files that
             could not be read or parsed (without --allow-diagnostics); one line on stderr names the argument or file

        Examples:
          ssot scan src --registry ssot.json
          ssot scan src --registry ssot.json --baseline ssot.baseline.json --format sarif --out ssot.sarif
          ssot scan . --registry ssot.json --project App.sln --configuration Release --quiet
        """;

    /// <summary>Parses <paramref name="args"/>; never throws for bad input.</summary>
    public static CliParse Parse(IReadOnlyList<string> args)
    {
        var scan = new ScanCommand();
        var root = new RootCommand("Checks a C# source tree against an ssot.json registry of deprecated and canonical symbols (rules SSOT001-SSOT007).")
        {
            scan.Command,
        };
        root.Directives.Clear();
        HelpOption help = root.Options.OfType<HelpOption>().Single();
        VersionOption version = root.Options.OfType<VersionOption>().Single();
        ((HelpAction)help.Action!).MaxWidth = 110;

        if (args.Count == 0)
        {
            return Refuse("missing command 'scan'.");
        }

        string[] tokens = Normalize(args, root, scan);
        ParseResult result = root.Parse(tokens is ["help"] ? ["--help"] : tokens, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (result.Action is HelpAction)
        {
            return new CliParse(null, null, w => WriteHelp(result, w));
        }

        if (result.GetResult(version) is { Implicit: false })
        {
            return tokens.Length == 1
                ? new CliParse(null, null, w => w.WriteLine(InformationalVersion()))
                : Refuse("option '--version' takes no other arguments; run 'ssot --version' alone.");
        }

        if (tokens[0] != "scan")
        {
            return tokens[0].StartsWith('-')
                ? Refuse($"unknown option '{tokens[0]}' before the command; options follow 'scan', as in 'ssot scan <root> --registry <ssot.json>'.")
                : Refuse($"unknown command '{tokens[0]}'; the only command is 'scan'.");
        }

        return scan.Read(result, tokens);
    }

    /// <summary>The tool's informational version (e.g. <c>0.1.0+abc1234</c>), or its assembly version.</summary>
    internal static string InformationalVersion()
    {
        Assembly assembly = typeof(CliParser).Assembly;
        return assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString()
            ?? "unknown";
    }

    private static CliParse Refuse(string message) => new(null, message, null);

    /// <summary>System.CommandLine's help page for the command given (descriptions, defaults), then the exit codes and examples.</summary>
    private static void WriteHelp(ParseResult result, TextWriter output)
    {
        result.Invoke(new InvocationConfiguration { Output = output, Error = output, EnableDefaultExceptionHandler = false });
        output.WriteLine(ExitCodesAndExamples.TrimEnd());
    }

    /// <summary>
    /// Rewrites option names (also in <c>--name=value</c>) and the command name to their canonical spelling when they
    /// match one ignoring case, up to a <c>--</c> token, after which everything is an argument.
    /// </summary>
    private static string[] Normalize(IReadOnlyList<string> args, RootCommand root, ScanCommand scan)
    {
        string[] names = root.Options.Concat(scan.Command.Options)
            .SelectMany(o => o.Aliases.Prepend(o.Name))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        string[] tokens = new string[args.Count];
        bool literal = false;
        for (int i = 0; i < args.Count; i++)
        {
            string token = args[i];
            tokens[i] = token;
            if (literal)
            {
                continue;
            }

            if (token == "--")
            {
                literal = true;
                continue;
            }

            if (i == 0 && string.Equals(token, "scan", StringComparison.OrdinalIgnoreCase))
            {
                tokens[i] = "scan";
                continue;
            }

            if (!token.StartsWith('-'))
            {
                continue;
            }

            int separator = token.IndexOfAny(['=', ':']);
            string name = separator < 0 ? token : token[..separator];
            string? canonical = names.FirstOrDefault(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
            if (canonical is not null)
            {
                tokens[i] = canonical + (separator < 0 ? string.Empty : token[separator..]);
            }
        }

        return tokens;
    }

    /// <summary>The <c>scan</c> command: its argument, its options and how a parse of it becomes <see cref="CliOptions"/>.</summary>
    private sealed class ScanCommand
    {
        private readonly Argument<string> _root = new("root")
        {
            Description = "The folder to scan. Report paths, SARIF URIs and baseline keys are relative to --repo-root.",
            Arity = ArgumentArity.ZeroOrOne,
        };

        private readonly Option<string[]> _registry = new("--registry") { Arity = ArgumentArity.OneOrMore, Description = "The ssot.json registry (required).", HelpName = "ssot.json" };

        private readonly Option<string[]> _baseline = new("--baseline")
        {
            Arity = ArgumentArity.OneOrMore,
            Description = "The known-violations baseline; created off CI when missing, tightened when violations are fixed. Default: none (every violation is new).",
            HelpName = "file",
        };

        private readonly Option<string[]> _format = new("--format")
        {
            Arity = ArgumentArity.OneOrMore,
            Description = "The report format, any case: md, json or sarif (SARIF 2.1.0).",
            HelpName = "md|json|sarif",
            DefaultValueFactory = _ => ["md"],
        };

        private readonly Option<string[]> _out = new("--out") { Arity = ArgumentArity.OneOrMore, Description = "The report file. Default: standard output.", HelpName = "file" };

        private readonly Option<bool> _allowDiagnostics = new("--allow-diagnostics")
        {
            Description = "Do not fail (exit 2) when files could not be read or parsed; they are still listed.",
            Arity = ArgumentArity.Zero,
        };

        private readonly Option<string[]> _projects = new("--project", "--solution")
        {
            Description = "A .sln, .slnx, .slnf or .csproj file to evaluate in exact mode; repeatable. Default: the solutions at the top of <root>, else every .csproj below it.",
            HelpName = "file",
            Arity = ArgumentArity.OneOrMore,
        };

        private readonly Option<string[]> _configuration = new("--configuration")
        {
            Arity = ArgumentArity.OneOrMore,
            Description = "The build configuration evaluated in exact mode.",
            HelpName = "name",
            DefaultValueFactory = _ => ["Debug"],
        };

        private readonly Option<string[]> _mode = new("--mode")
        {
            Arity = ArgumentArity.OneOrMore,
            Description = "The engine mode, any case: exact (each project's real compilation), source (approximate, no MSBuild) or auto (exact when there are projects).",
            HelpName = "auto|exact|source",
            DefaultValueFactory = _ => ["auto"],
        };

        private readonly Option<string[]> _repoRoot = new("--repo-root")
        {
            Arity = ArgumentArity.OneOrMore,
            Description = "The folder report paths, SARIF URIs and baseline keys are relative to. Default: the git root above <root>, else <root>.",
            HelpName = "dir",
        };

        private readonly Option<bool> _quiet = new("--quiet")
        {
            Description = "Leave out progress and the informational lines on standard error (engine, cache, report paths, summary); errors, warnings, baseline notices and new violations stay.",
            Arity = ArgumentArity.Zero,
        };

        public ScanCommand()
        {
            Command = new Command("scan", "Scans <root> for SSOT rule violations and compares them with the baseline.")
            {
                _root, _registry, _baseline, _format, _out, _allowDiagnostics, _projects, _configuration, _mode, _repoRoot, _quiet,
            };
        }

        public Command Command { get; }

        /// <summary>
        /// Gets the options with one value. Each occurrence takes one value (OneOrMore over occurrences); given more than
        /// once, the last value counts, as before System.CommandLine, so a script can override an earlier value.
        /// </summary>
        private IEnumerable<Option<string[]>> Single => [_registry, _baseline, _format, _out, _configuration, _mode, _repoRoot];

        public CliParse Read(ParseResult result, string[] tokens)
        {
            if (FirstProblem(result, tokens) is { } problem)
            {
                return Refuse(problem);
            }

            string? root = result.GetValue(_root);
            string? registry = Last(result, _registry);
            string format = Last(result, _format) ?? "md";
            string mode = Last(result, _mode) ?? "auto";
            if (root is null)
            {
                return Refuse("missing the <root> folder to scan.");
            }

            if (registry is null)
            {
                return Refuse("missing --registry <ssot.json>.");
            }

            if (format.ToLowerInvariant() is not ("md" or "json" or "sarif"))
            {
                return Refuse($"unknown --format '{format}'; use {Formats}.");
            }

            if (mode.ToLowerInvariant() is not ("auto" or "exact" or "source"))
            {
                return Refuse($"unknown --mode '{mode}'; use {Modes}.");
            }

            var options = new CliOptions(root, registry, Last(result, _baseline), format.ToLowerInvariant(), Last(result, _out), result.GetValue(_allowDiagnostics))
            {
                Projects = result.GetValue(_projects) ?? [],
                Configuration = Last(result, _configuration) ?? "Debug",
                Mode = mode.ToLowerInvariant(),
                RepositoryRoot = Last(result, _repoRoot),
                Quiet = result.GetValue(_quiet),
            };
            return new CliParse(options, null, null);
        }

        /// <summary>The first refusal in command-line order: an unknown option or extra argument, an option without a value, an empty value.</summary>
        private string? FirstProblem(ParseResult result, string[] tokens)
        {
            var problems = new List<(int Position, string Message)>();
            var seen = new HashSet<int>();
            int PositionOf(string token)
            {
                for (int i = 1; i < tokens.Length; i++)
                {
                    if (tokens[i] == token && seen.Add(i))
                    {
                        return i;
                    }
                }

                return tokens.Length;
            }

            int literal = Array.IndexOf(tokens, "--");
            bool IsOption(string token, int position) => token.StartsWith('-') && token != "-" && (literal < 0 || position < literal);
            foreach (string token in result.UnmatchedTokens)
            {
                int position = PositionOf(token);
                problems.Add((position, IsOption(token, position)
                    ? $"unknown option '{token}'."
                    : $"unexpected argument '{token}'; give exactly one root folder."));
            }

            // Each occurrence of an option with a value: at the end, or followed by an option, it has none.
            string[] valued = Single.Append(_projects).SelectMany(o => o.Aliases.Prepend(o.Name)).ToArray();
            string[] known = Command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)).Append("--").ToArray();
            for (int i = 1; i < (literal < 0 ? tokens.Length : literal); i++)
            {
                if (!valued.Contains(tokens[i], StringComparer.Ordinal))
                {
                    continue;
                }

                if (i + 1 == tokens.Length || known.Contains(tokens[i + 1], StringComparer.Ordinal))
                {
                    problems.Add((i, $"option '{tokens[i]}' needs a value."));
                }
                else if (tokens[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    problems.Add((i, $"option '{tokens[i]}' needs a value; '{tokens[i + 1]}' looks like an option, not a value."));
                }
            }

            foreach (Option option in Single.Append(_projects))
            {
                if (result.GetResult(option) is { Implicit: false } given
                    && given.Tokens.Any(t => string.IsNullOrWhiteSpace(t.Value))
                    && EmptyValueFix(option.Name) is { } fix)
                {
                    string name = given.IdentifierToken?.Value ?? option.Name;
                    problems.Add((Array.IndexOf(tokens, name, 1), $"option '{name}' is an empty string; {fix}"));
                }
            }

            if (result.GetResult(_root) is { Tokens: [{ } rootToken] })
            {
                // An unknown option in the root's place is taken for the root by the parser; before a '--' it is an option.
                int position = PositionOf(rootToken.Value);
                if (string.IsNullOrWhiteSpace(rootToken.Value))
                {
                    problems.Add((position, "the <root> folder is an empty string; pass the folder to scan, e.g. '.'."));
                }
                else if (IsOption(rootToken.Value, position))
                {
                    problems.Add((position, $"unknown option '{rootToken.Value}'."));
                }
            }

            if (problems.Count > 0)
            {
                return problems.OrderBy(p => p.Position).First().Message;
            }

            // Anything else the parser refused (e.g. --format given twice): its own message, still one line.
            return result.Errors.Count > 0 ? result.Errors[0].Message : null;
        }

        private static string? Last(ParseResult result, Option<string[]> option) => result.GetValue(option) is [.., string last] ? last : null;

        private static string? EmptyValueFix(string option) => option switch
        {
            "--registry" => "pass the path of ssot.json.",
            "--baseline" => "pass the baseline file path (e.g. ssot.baseline.json), or leave the option out for no baseline.",
            "--out" => "pass the report file path, or leave the option out to write the report to standard output.",
            "--project" => "pass a .sln, .slnx, .slnf or .csproj file.",
            "--configuration" => "pass a configuration name such as Debug or Release.",
            "--repo-root" => "pass the repository folder, or leave the option out (default: the git root above <root>).",
            _ => null,
        };
    }
}
