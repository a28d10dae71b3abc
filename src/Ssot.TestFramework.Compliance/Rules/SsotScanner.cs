using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Ssot.TestFramework.Compliance.Projects;

namespace Ssot.TestFramework.Compliance.Rules;

/// <summary>
/// The SSOT rule engine: scans a source tree against a <see cref="SsotRegistry"/> and reports SSOT001–SSOT007.
/// </summary>
/// <remarks>
/// Two tiers: a text pass over every included file keeps the candidate files (see <c>docs/import-rules.md</c>), then
/// only candidates are parsed (in parallel) into one <see cref="CSharpCompilation"/> with the running process's
/// framework reference assemblies, and bound. No MSBuild is involved. Stateless and thread-safe: concurrent scans
/// are independent.
/// </remarks>
public static partial class SsotScanner
{
    private static readonly Lazy<MetadataReference[]> s_references = new(LoadFrameworkReferences, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly CSharpParseOptions s_parseOptions = new(LanguageVersion.Latest, DocumentationMode.None);

    /// <summary>Scans <paramref name="root"/> with the default options (<see cref="ScanMode.Auto"/>, paths relative to <paramref name="root"/>).</summary>
    /// <param name="root">The folder to scan.</param>
    /// <param name="registry">The registry.</param>
    /// <returns>The violations and diagnostics.</returns>
    /// <exception cref="DirectoryNotFoundException"><paramref name="root"/> does not exist.</exception>
    /// <exception cref="SsotRegistryException">A registry entry resolves to no symbol in the scanned code.</exception>
    public static ScanResult Scan(string root, SsotRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(root);
        return Scan(new ScanOptions(root), registry);
    }

    /// <summary>Scans as <paramref name="options"/> say.</summary>
    /// <param name="options">What to scan and how.</param>
    /// <param name="registry">The registry.</param>
    /// <returns>The violations and diagnostics.</returns>
    /// <exception cref="DirectoryNotFoundException">The root does not exist.</exception>
    /// <exception cref="FileNotFoundException">A solution or project file given in <see cref="ScanOptions.Projects"/> does not exist.</exception>
    /// <exception cref="SsotRegistryException">A registry entry resolves to no symbol in the scanned code.</exception>
    public static ScanResult Scan(ScanOptions options, SsotRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(registry);

        // The whole scan runs on a thread with a known, large stack: the registry checks bind declarations too, and the
        // caller's thread (a thread-pool thread in a test host) may have a small one.
        return LargeStack.Run(SourceLimits.AnalysisStackBytes, () => ScanCore(options, registry));
    }

    private static ScanResult ScanCore(ScanOptions options, SsotRegistry registry)
    {
        var clock = Stopwatch.StartNew();
        string fullRoot = Path.GetFullPath(options.Root);
        if (!Directory.Exists(fullRoot))
        {
            throw new DirectoryNotFoundException($"Scan root '{fullRoot}' does not exist.");
        }

        string pathRoot = Path.GetFullPath(options.PathRoot ?? fullRoot);
        var context = new ScanContext(fullRoot, pathRoot, registry, options.Progress);
        IReadOnlyList<string> projects = options.Mode == ScanMode.Source ? [] : ProjectDiscovery.Find(fullRoot, options.Projects);
        if (projects.Count == 0)
        {
            if (options.Mode == ScanMode.Exact)
            {
                throw new FileNotFoundException($"Exact mode needs a solution or project: '{fullRoot}' holds no .sln, .slnx, .slnf or .csproj file. Pass one with --project, or scan in source mode.");
            }

            IReadOnlyList<string> files = context.EnumerateFiles(fullRoot);
            ScanPart part = SourceScan(context, files, clock);
            return context.Result(ScanMode.Source, [part], files.Count, clock);
        }

        return ExactScan(context, options, projects, clock);
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
