using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Ssot.TestFramework.Rules;

/// <summary>
/// The SSOT rule engine: scans a source tree against a <see cref="SsotRegistry"/> and reports SSOT001–SSOT006.
/// </summary>
/// <remarks>
/// Two tiers: a text pass over every included file keeps the candidate files (see <c>docs/import-rules.md</c>), then
/// only candidates are parsed (in parallel) into one <see cref="CSharpCompilation"/> with the running process's
/// framework reference assemblies, and bound. No MSBuild is involved. Stateless and thread-safe: concurrent scans
/// are independent.
/// </remarks>
public static class SsotScanner
{
    private static readonly Lazy<MetadataReference[]> s_references = new(LoadFrameworkReferences, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly CSharpParseOptions s_parseOptions = new(LanguageVersion.Latest, DocumentationMode.None);

    /// <summary>Scans <paramref name="root"/>.</summary>
    /// <param name="root">The folder to scan; violation paths are relative to it.</param>
    /// <param name="registry">The registry.</param>
    /// <returns>The violations and diagnostics.</returns>
    /// <exception cref="DirectoryNotFoundException"><paramref name="root"/> does not exist.</exception>
    /// <exception cref="SsotRegistryException">A registry entry resolves to no symbol in the scanned code.</exception>
    public static ScanResult Scan(string root, SsotRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(registry);
        var clock = Stopwatch.StartNew();
        string fullRoot = Path.GetFullPath(root);
        if (!Directory.Exists(fullRoot))
        {
            throw new DirectoryNotFoundException($"Scan root '{fullRoot}' does not exist.");
        }

        string Relative(string path) => Path.GetRelativePath(fullRoot, path).Replace('\\', '/');
        IReadOnlyList<string> files = EnumerateFiles(fullRoot, registry, Relative);
        var diagnostics = new ConcurrentBag<ScanDiagnostic>();
        var finder = new CandidateFinder(
            RegistryNames(registry),
            registry.Deprecated.Where(d => d.Symbol.StartsWith("N:", StringComparison.Ordinal)).Select(d => d.Symbol[2..]),
            registry.Canonical.Where(c => c.Implements is not null).Select(c => SimpleNames(c.Implements!).First()));
        IReadOnlyDictionary<string, string> candidates = finder.Find(files, Relative, diagnostics);

        TimeSpan textPass = clock.Elapsed;
        SyntaxTree[] trees = Parse(candidates, Relative, diagnostics);
        CSharpCompilation compilation = CSharpCompilation.Create(
            "SsotScan",
            trees,
            s_references.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, concurrentBuild: true, nullableContextOptions: NullableContextOptions.Enable));
        TimeSpan parsePass = clock.Elapsed - textPass;
        var resolved = ResolvedRegistry.Resolve(registry, compilation);
        var imports = new ImportIndex(trees);

        var violations = new ConcurrentBag<Violation>();
        var creations = new ConcurrentBag<CreationSite>();
        Parallel.ForEach(trees, tree =>
        {
            var analyzer = new UsageAnalyzer(compilation.GetSemanticModel(tree), resolved, imports);
            foreach (Violation v in analyzer.Analyze())
            {
                violations.Add(v);
            }

            foreach (CreationSite c in analyzer.Creations)
            {
                creations.Add(c);
            }
        });

        foreach (Violation v in StructureAnalyzer.Analyze(compilation, resolved, creations))
        {
            violations.Add(v);
        }

        return new ScanResult(fullRoot, violations.Distinct(), diagnostics, new ScanStatistics(files.Count, trees.Length, clock.Elapsed, textPass, parsePass, clock.Elapsed - textPass - parsePass));
    }

    /// <summary>
    /// Returns the simple names an ID can appear as in source: the member name and its containing type's name, then the
    /// simple names of a method's parameter types (the files declaring them must be compiled for the ID to bind).
    /// </summary>
    /// <param name="id">A documentation-comment ID.</param>
    /// <returns>The names, most specific first.</returns>
    internal static IEnumerable<string> SimpleNames(string id)
    {
        string body = id.Length > 2 ? id[2..] : id;
        int paren = body.IndexOf('(', StringComparison.Ordinal);
        string[] parameterTypes = [];
        if (paren >= 0)
        {
            parameterTypes = body[(paren + 1)..].Split(['(', ')', ',', '{', '}', '[', ']', '@', '*'], StringSplitOptions.RemoveEmptyEntries)
                .Select(p => p.Split('.')[^1].Split('`')[0])
                .Where(p => p.Length > 0 && !p.StartsWith('`') && char.IsLetter(p[0]))
                .ToArray();
            body = body[..paren];
        }

        string[] parts = body.Split('.').Select(p => p.Split('`')[0]).Where(p => p.Length > 0).ToArray();
        if (parts.Length == 0)
        {
            yield break;
        }

        string last = parts[^1] == "#ctor" || parts[^1] == "#cctor" ? string.Empty : parts[^1];
        if (last.Length > 0)
        {
            yield return last;
        }

        if (id[0] is 'M' or 'P' or 'F' or 'E' && parts.Length > 1)
        {
            yield return parts[^2];
        }

        foreach (string parameterType in parameterTypes)
        {
            yield return parameterType;
        }
    }

    private static IEnumerable<string> RegistryNames(SsotRegistry registry) =>
        registry.Deprecated.SelectMany(d => SimpleNames(d.Symbol))
            .Concat(registry.Canonical.SelectMany(c => SimpleNames(c.Symbol)
                .Concat(c.Factory is null ? [] : SimpleNames(c.Factory))
                .Concat(c.Implements is null ? [] : SimpleNames(c.Implements))));

    private static IReadOnlyList<string> EnumerateFiles(string root, SsotRegistry registry, Func<string, string> relative)
    {
        FileGlob[] include = registry.Include.Select(g => new FileGlob(g)).ToArray();
        FileGlob[] exclude = registry.Exclude.Select(g => new FileGlob(g)).ToArray();
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Device };
        return Directory.EnumerateFiles(root, "*.cs", options)
            .Where(f =>
            {
                string rel = relative(f);
                return include.Any(g => g.IsMatch(rel)) && !exclude.Any(g => g.IsMatch(rel));
            })
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToArray();
    }

    private static SyntaxTree[] Parse(IReadOnlyDictionary<string, string> candidates, Func<string, string> relative, ConcurrentBag<ScanDiagnostic> diagnostics)
    {
        var trees = new ConcurrentBag<SyntaxTree>();
        Parallel.ForEach(candidates, pair =>
        {
            string rel = relative(pair.Key);
            SyntaxTree tree = CSharpSyntaxTree.ParseText(SourceText.From(pair.Value), s_parseOptions, rel);
            Diagnostic? error = tree.GetDiagnostics().FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error);
            if (error is not null)
            {
                int line = error.Location.GetLineSpan().StartLinePosition.Line + 1;
                diagnostics.Add(new ScanDiagnostic(rel, $"parse error at line {line}: {error.Id} {error.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}"));
            }

            trees.Add(tree);
        });

        return trees.OrderBy(t => t.FilePath, StringComparer.Ordinal).ToArray();
    }

    private static MetadataReference[] LoadFrameworkReferences()
    {
        string runtimeDir = Path.GetDirectoryName(typeof(object).Assembly.Location) ?? string.Empty;
        string tpa = AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? string.Empty;
        return tpa.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(p => string.Equals(Path.GetDirectoryName(p), runtimeDir, StringComparison.Ordinal))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToArray();
    }
}
