using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FindSymbols;
using Microsoft.CodeAnalysis.MSBuild;

namespace Ssot.Oracle;

/// <summary>
/// The oracle: loads a solution with MSBuildWorkspace, resolves every deprecated registry entry in every compilation
/// and classifies every Find All References location as SSOT001, SSOT002 or an exclusion. Exit 0 on success,
/// 2 when the load, the compilations, the SDK cross-check or the registry is not trustworthy.
/// </summary>
internal static class Program
{
    private const string Usage =
        "usage: Ssot.Oracle --solution <.sln|.slnx|.csproj> [--solution <.csproj> ...] --registry <ssot.json> --repo-root <dir> " +
        "--out <oracle.json> [--configuration Debug] [--property Name=Value ...] [--repo owner/name]";

    private static readonly JsonSerializerOptions s_json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private static async Task<int> Main(string[] args)
    {
        Options options;
        try
        {
            options = Options.Parse(args);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine($"oracle: {e.Message}\n{Usage}");
            return 2;
        }

        try
        {
            return await RunAsync(options, CancellationToken.None).ConfigureAwait(false);
        }
        catch (OracleFailure e)
        {
            Console.Error.WriteLine($"oracle: FAILED: {e.Message}");
            return 2;
        }
    }

    private static async Task<int> RunAsync(Options options, CancellationToken ct)
    {
        var registry = Registry.Load(options.Registry);
        var repoRoot = Path.GetFullPath(options.RepoRoot);
        var (repoName, commit, localChanges) = GitInfo(repoRoot, options.RepoName);
        Console.Error.WriteLine($"oracle: {repoName} @ {commit}, {registry.Deprecated.Count} deprecated entries, configuration {options.Configuration}");

        var properties = new Dictionary<string, string>(options.Properties, StringComparer.OrdinalIgnoreCase) { ["Configuration"] = options.Configuration };
        using var workspace = MSBuildWorkspace.Create(properties);
        // MSBuildWorkspace reports every MSBuild message of the design-time build (warnings included) as a "Failure";
        // all are printed, and a project counts as failed to load when it is missing from the workspace afterwards.
        var printed = new HashSet<string>(StringComparer.Ordinal);
        using var failedHandler = workspace.RegisterWorkspaceFailedHandler(e =>
        {
            if (printed.Add(e.Diagnostic.Message))
            {
                Console.Error.WriteLine($"oracle: workspace {e.Diagnostic.Kind}: {e.Diagnostic.Message}");
            }
        });

        var expected = new List<string>();
        foreach (var path in options.Solutions)
        {
            var full = Path.GetFullPath(path);
            if (full.EndsWith(".sln", StringComparison.OrdinalIgnoreCase) || full.EndsWith(".slnx", StringComparison.OrdinalIgnoreCase))
            {
                expected.AddRange(SolutionProjects(full));
                await workspace.OpenSolutionAsync(full, cancellationToken: ct).ConfigureAwait(false);
            }
            else
            {
                expected.Add(full);
                if (!workspace.CurrentSolution.Projects.Any(p => string.Equals(p.FilePath, full, StringComparison.Ordinal)))
                {
                    await workspace.OpenProjectAsync(full, cancellationToken: ct).ConfigureAwait(false);
                }
            }
        }

        var notLoaded = expected.Where(e => !workspace.CurrentSolution.Projects.Any(p => string.Equals(p.FilePath, e, StringComparison.Ordinal))).ToList();
        if (notLoaded.Count > 0)
        {
            throw new OracleFailure($"{notLoaded.Count} project(s) failed to load: {string.Join(", ", notLoaded)}");
        }

        var solution = workspace.CurrentSolution;
        var projects = solution.Projects.Where(p => p.Language == LanguageNames.CSharp)
            .OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
        if (projects.Count == 0)
        {
            throw new OracleFailure("the workspace has no C# project.");
        }

        // 1. Compilations with 0 errors, and the SDK cross-check, per project/TFM.
        var projectInfos = new List<ProjectRecord>();
        var compilations = new Dictionary<ProjectId, Compilation>();
        var tfms = new Dictionary<ProjectId, string>();
        var failures = new List<string>();
        foreach (var project in projects)
        {
            var tfm = TfmOf(project, options, properties);
            tfms[project.Id] = tfm ?? "?";
            var compilation = await project.GetCompilationAsync(ct).ConfigureAwait(false)
                ?? throw new OracleFailure($"{project.Name}: no compilation");
            compilations[project.Id] = compilation;
            var errors = compilation.GetDiagnostics(ct).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            foreach (var error in errors.Take(5))
            {
                Console.Error.WriteLine($"oracle: {project.Name}: {error}");
            }

            if (errors.Count > 0)
            {
                failures.Add($"{project.Name}: {errors.Count} compile error(s)");
            }

            var check = CrossCheck.Run(project, NameTfm(project.Name), options.Configuration, options.Properties);
            foreach (var note in check.Notes)
            {
                Console.Error.WriteLine($"oracle: cross-check {project.Name}: {note}");
            }

            if (!check.Ok)
            {
                failures.Add($"{project.Name}: SDK cross-check mismatch");
            }

            Console.Error.WriteLine(
                $"oracle: {project.Name} tfm={tfm} documents={project.DocumentIds.Count} metadataReferences={project.MetadataReferences.Count} " +
                $"projectReferences={project.ProjectReferences.Count()} defines={project.ParseOptions?.PreprocessorSymbolNames.Count()} errors={errors.Count} " +
                $"crossCheck={(check.Ok ? "match" : "MISMATCH")} (msbuild: {check.References} references, {check.ProjectReferences} project references, {check.Defines} defines)");
            projectInfos.Add(new ProjectRecord(
                project.Name, tfm ?? "?", project.DocumentIds.Count, project.MetadataReferences.Count, project.ProjectReferences.Count(),
                errors.Count, check.Ok ? "match" : "mismatch",
                (project.ParseOptions?.PreprocessorSymbolNames ?? []).Order(StringComparer.Ordinal).ToList()));
        }

        if (failures.Count > 0)
        {
            throw new OracleFailure(string.Join("; ", failures));
        }

        // 2. Resolve every entry in every compilation (source and referenced assemblies).
        var resolved = registry.Deprecated.Select(e => new ResolvedEntry(e)).ToList();
        var targets = new Dictionary<(ProjectId, ResolvedEntry), List<ISymbol>>();
        foreach (var project in projects)
        {
            var compilation = compilations[project.Id];
            foreach (var entry in resolved)
            {
                var symbols = new List<ISymbol>();
                foreach (var symbol in DocumentationCommentId.GetSymbolsForDeclarationId(entry.Entry.Symbol, compilation))
                {
                    if (symbol is INamespaceSymbol ns)
                    {
                        symbols.AddRange(NamespaceContents(ns));
                    }
                    else
                    {
                        symbols.Add(symbol);
                    }
                }

                foreach (var symbol in symbols)
                {
                    var id = symbol.OriginalDefinition.GetDocumentationCommentId();
                    if (id is null)
                    {
                        continue;
                    }

                    entry.Ids.Add(id);
                    foreach (var reference in symbol.DeclaringSyntaxReferences)
                    {
                        if (symbol is INamespaceSymbol)
                        {
                            continue;
                        }

                        var node = await reference.GetSyntaxAsync(ct).ConfigureAwait(false);
                        entry.AddDeclaration(id, reference.SyntaxTree.FilePath, node.FullSpan);
                    }
                }

                targets[(project.Id, entry)] = symbols;
            }
        }

        var unresolved = resolved.Where(e => e.Ids.Count == 0).Select(e => e.Entry.Symbol).ToList();
        if (unresolved.Count > 0)
        {
            throw new OracleFailure($"{unresolved.Count} registry entr(y/ies) resolve to no symbol in any compilation: {string.Join(", ", unresolved)}");
        }

        // 3. Find All References, per project with the symbol as that project's compilation sees it.
        var merged = new Dictionary<(string? Rule, string? Reason, string File, int Line, int Column, string Symbol), MergedLocation>();
        var seen = new HashSet<(string Symbol, ProjectId Project, string Path, int Start)>();
        var cascadesSkipped = 0;
        var debug = Environment.GetEnvironmentVariable("ORACLE_DEBUG") == "1";
        var implicitCount = 0;
        foreach (var project in projects)
        {
            var documents = project.Documents.Cast<Document>()
                .Concat(await project.GetSourceGeneratedDocumentsAsync(ct).ConfigureAwait(false))
                .ToImmutableHashSet();
            foreach (var entry in resolved)
            {
                foreach (var symbol in targets[(project.Id, entry)])
                {
                    var references = await SymbolFinder.FindReferencesAsync(symbol, solution, documents, ct).ConfigureAwait(false);
                    foreach (var referenced in references)
                    {
                        var definitionId = referenced.Definition.OriginalDefinition.GetDocumentationCommentId();
                        if (debug)
                        {
                            Console.Error.WriteLine($"oracle: debug {project.Name} {entry.Entry.Symbol} searched {symbol.GetDocumentationCommentId()} -> definition {definitionId} ({referenced.Definition.Kind}, {referenced.Definition.ContainingAssembly?.Name}): {referenced.Locations.Count()} location(s)");
                        }

                        // Find All References reports `new Foo()` and `[Foo]` under Foo's constructor, not under Foo:
                        // for a deprecated type those cascaded constructor locations are uses of the type.
                        var viaConstructor = referenced.Definition is IMethodSymbol { MethodKind: MethodKind.Constructor } ctor
                            && (definitionId is null || !entry.Ids.Contains(definitionId))
                            && ctor.ContainingType.OriginalDefinition.GetDocumentationCommentId() is { } typeId && entry.Ids.Contains(typeId);
                        if (!viaConstructor && (definitionId is null || !entry.Ids.Contains(definitionId)))
                        {
                            cascadesSkipped += referenced.Locations.Count();
                            continue;
                        }

                        foreach (var location in referenced.Locations)
                        {
                            if (!location.Location.IsInSource)
                            {
                                continue;
                            }

                            var path = location.Document.FilePath ?? location.Location.SourceTree?.FilePath ?? string.Empty;
                            if (!seen.Add((entry.Entry.Symbol, location.Document.Project.Id, path, location.Location.SourceSpan.Start)))
                            {
                                continue;
                            }

                            implicitCount += location.IsImplicit ? 1 : 0;
                            var relative = Relative(repoRoot, path);
                            var generated = await IsGeneratedAsync(location.Document, relative, ct).ConfigureAwait(false);
                            var classification = await Classifier.ClassifyAsync(location, referenced.Definition, entry, generated, viaConstructor, ct).ConfigureAwait(false);
                            if (classification.Rule is not null && relative.StartsWith("../", StringComparison.Ordinal))
                            {
                                classification = classification with { Rule = null, Reason = "outside-repo" };
                            }
                            else if (classification.Rule is not null && !registry.IsScanned(relative))
                            {
                                classification = classification with { Rule = null, Reason = "registry-exclude" };
                            }

                            if (location.IsCandidateLocation && classification.Rule is not null)
                            {
                                classification = classification with { Rule = null, Reason = "candidate-" + location.CandidateReason };
                            }

                            var line = location.Location.GetLineSpan().StartLinePosition;
                            var key = (classification.Rule, classification.Reason, relative, line.Line + 1, line.Character + 1, entry.Entry.Symbol);
                            if (!merged.TryGetValue(key, out var item))
                            {
                                merged[key] = item = new MergedLocation();
                            }

                            item.Kinds.Add(classification.Kind);
                            item.Tfms.Add(tfms[location.Document.Project.Id]);
                        }
                    }
                }
            }
        }

        // 4. Output.
        var ordered = merged.OrderBy(m => m.Key.File, StringComparer.Ordinal).ThenBy(m => m.Key.Line).ThenBy(m => m.Key.Column)
            .ThenBy(m => m.Key.Rule ?? m.Key.Reason, StringComparer.Ordinal).ThenBy(m => m.Key.Symbol, StringComparer.Ordinal).ToList();
        var findings = ordered.Where(m => m.Key.Rule is not null).Select(m => new FindingRecord(
            m.Key.Rule!, m.Key.File, m.Key.Line, m.Key.Column, m.Key.Symbol, m.Value.Kind, m.Value.SortedTfms, null)).ToList();
        var excluded = ordered.Where(m => m.Key.Rule is null).Select(m => new FindingRecord(
            null, m.Key.File, m.Key.Line, m.Key.Column, m.Key.Symbol, m.Value.Kind, m.Value.SortedTfms, m.Key.Reason)).ToList();

        var summary = new SummaryRecord(
            findings.GroupBy(f => f.Rule!).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
            registry.Deprecated.ToDictionary(
                e => e.Symbol,
                e => findings.Where(f => f.Symbol == e.Symbol).GroupBy(f => f.Rule!).OrderBy(g => g.Key, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => g.Count())),
            excluded.GroupBy(f => f.Reason!).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
            findings.GroupBy(f => f.Kind).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()));

        var output = new OutputRecord(
            repoName, commit, localChanges,
            options.Solutions.Select(s => Relative(repoRoot, Path.GetFullPath(s))).ToList(),
            options.Configuration, options.Properties.Count == 0 ? null : new SortedDictionary<string, string>(options.Properties, StringComparer.Ordinal),
            summary, findings, excluded, projectInfos);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.Out))!);
        await File.WriteAllTextAsync(options.Out, JsonSerializer.Serialize(output, s_json) + "\n", ct).ConfigureAwait(false);

        Console.Error.WriteLine($"oracle: {findings.Count} finding(s), {excluded.Count} excluded; {cascadesSkipped} cascaded location(s) of other symbols skipped, {implicitCount} implicit");
        foreach (var (symbol, counts) in summary.PerEntry)
        {
            Console.Error.WriteLine($"oracle:   {symbol}: {string.Join(", ", counts.Select(c => $"{c.Key}={c.Value}"))}");
            if (!counts.ContainsKey("SSOT001") && !counts.ContainsKey("SSOT002"))
            {
                Console.Error.WriteLine($"oracle:   WARNING: {symbol} has no finding");
            }
        }

        foreach (var (reason, count) in summary.Excluded)
        {
            Console.Error.WriteLine($"oracle:   excluded {reason}: {count}");
        }

        Console.Error.WriteLine($"oracle: wrote {options.Out}");
        return 0;
    }

    /// <summary>The C# project files a .sln or .slnx lists (other project kinds are not loaded by the C# workspace).</summary>
    private static IEnumerable<string> SolutionProjects(string solution)
    {
        var directory = Path.GetDirectoryName(solution)!;
        var text = File.ReadAllText(solution);
        var pattern = solution.EndsWith(".slnx", StringComparison.OrdinalIgnoreCase)
            ? "<Project\\s+Path=\"([^\"]+\\.csproj)\""
            : "^Project\\(\"[^\"]*\"\\)\\s*=\\s*\"[^\"]*\",\\s*\"([^\"]+\\.csproj)\"";
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(
                     text, pattern, System.Text.RegularExpressions.RegexOptions.Multiline))
        {
            yield return Path.GetFullPath(Path.Combine(directory, m.Groups[1].Value.Replace('\\', '/')));
        }
    }

    private static IEnumerable<ISymbol> NamespaceContents(INamespaceSymbol ns)
    {
        yield return ns;
        foreach (var member in ns.GetMembers())
        {
            var inner = member is INamespaceSymbol child ? NamespaceContents(child) : TypeAndNested((INamedTypeSymbol)member);
            foreach (var symbol in inner)
            {
                yield return symbol;
            }
        }
    }

    private static IEnumerable<ISymbol> TypeAndNested(INamedTypeSymbol type)
    {
        yield return type;
        foreach (var nested in type.GetTypeMembers().SelectMany(TypeAndNested))
        {
            yield return nested;
        }
    }

    private static async Task<bool> IsGeneratedAsync(Document document, string relative, CancellationToken ct)
    {
        if (document is SourceGeneratedDocument)
        {
            return true;
        }

        var lower = relative.ToLowerInvariant();
        if (lower.EndsWith(".g.cs", StringComparison.Ordinal) || lower.EndsWith(".designer.cs", StringComparison.Ordinal)
            || lower.StartsWith("obj/", StringComparison.Ordinal) || lower.Contains("/obj/", StringComparison.Ordinal)
            || lower.StartsWith("bin/", StringComparison.Ordinal) || lower.Contains("/bin/", StringComparison.Ordinal))
        {
            return true;
        }

        var text = (await document.GetTextAsync(ct).ConfigureAwait(false)).ToString();
        var start = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return start.StartsWith("// <auto-generated", StringComparison.Ordinal) || start.StartsWith("//<auto-generated", StringComparison.Ordinal);
    }

    private static string Relative(string root, string path) =>
        string.IsNullOrEmpty(path) ? "<no path>" : Path.GetRelativePath(root, path).Replace('\\', '/');

    /// <summary>MSBuildWorkspace names a multi-targeted project's projects <c>Name(tfm)</c>.</summary>
    private static string? NameTfm(string name)
    {
        var open = name.LastIndexOf('(');
        return open > 0 && name.EndsWith(')') ? name[(open + 1)..^1] : null;
    }

    private static string? TfmOf(Project project, Options options, IReadOnlyDictionary<string, string> properties) =>
        NameTfm(project.Name) ?? CrossCheck.TargetFrameworkOf(project.FilePath!, options.Configuration, options.Properties);

    private static (string Name, string Commit, IReadOnlyList<string>? LocalChanges) GitInfo(string repoRoot, string? name)
    {
        var (exit, head, _) = CrossCheck.Exec("git", ["-C", repoRoot, "rev-parse", "HEAD"]);
        var commit = exit == 0 ? head.Trim() : "unknown";
        var (_, status, _) = CrossCheck.Exec("git", ["-C", repoRoot, "status", "--porcelain", "--untracked-files=no"]);
        var changes = status.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        if (name is null)
        {
            var (_, url, _) = CrossCheck.Exec("git", ["-C", repoRoot, "config", "--get", "remote.origin.url"]);
            var parts = url.Trim().Split('/');
            var plus = parts.FirstOrDefault(p => p.Contains('+', StringComparison.Ordinal));
            name = plus?.Replace('+', '/') ?? Path.GetFileName(repoRoot);
        }

        return (name, commit, changes.Count == 0 ? null : changes);
    }

    private sealed class MergedLocation
    {
        public SortedSet<string> Kinds { get; } = new(StringComparer.Ordinal);

        public SortedSet<string> Tfms { get; } = new(StringComparer.Ordinal);

        public string Kind => string.Join('|', Kinds);

        public List<string> SortedTfms => [.. Tfms];
    }
}

/// <summary>A run-time failure that makes the oracle's answer untrustworthy (exit 2).</summary>
internal sealed class OracleFailure(string message) : Exception(message);

internal sealed record FindingRecord(string? Rule, string File, int Line, int Column, string Symbol, string Kind, List<string> Tfms, string? Reason);

internal sealed record ProjectRecord(string Name, string Tfm, int Documents, int References, int ProjectReferences, int Errors, string CrossCheck, List<string> Defines);

internal sealed record SummaryRecord(
    Dictionary<string, int> Rules, Dictionary<string, Dictionary<string, int>> PerEntry, Dictionary<string, int> Excluded, Dictionary<string, int> Kinds);

internal sealed record OutputRecord(
    string Repo, string Commit, IReadOnlyList<string>? LocalChanges, List<string> Solutions, string Configuration,
    SortedDictionary<string, string>? Properties, SummaryRecord Summary, List<FindingRecord> Findings, List<FindingRecord> Excluded,
    List<ProjectRecord> Projects);

internal sealed class Options
{
    public List<string> Solutions { get; } = [];

    public string Registry { get; private set; } = string.Empty;

    public string RepoRoot { get; private set; } = string.Empty;

    public string Out { get; private set; } = string.Empty;

    public string Configuration { get; private set; } = "Debug";

    public string? RepoName { get; private set; }

    public Dictionary<string, string> Properties { get; } = new(StringComparer.OrdinalIgnoreCase);

    public static Options Parse(string[] args)
    {
        var o = new Options();
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--solution": o.Solutions.Add(value); break;
                case "--registry": o.Registry = value; break;
                case "--repo-root": o.RepoRoot = value; break;
                case "--out": o.Out = value; break;
                case "--configuration": o.Configuration = value; break;
                case "--repo": o.RepoName = value; break;
                case "--property":
                    var eq = value.IndexOf('=', StringComparison.Ordinal);
                    if (eq <= 0)
                    {
                        throw new ArgumentException($"--property {value}: expected Name=Value");
                    }

                    o.Properties[value[..eq]] = value[(eq + 1)..];
                    break;
                default: throw new ArgumentException($"unknown argument {args[i]}");
            }

            i++;
        }

        if (o.Solutions.Count == 0 || o.Registry.Length == 0 || o.RepoRoot.Length == 0 || o.Out.Length == 0)
        {
            throw new ArgumentException("--solution, --registry, --repo-root and --out are required");
        }

        return o;
    }
}
