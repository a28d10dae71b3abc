using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Ssot.TestFramework.Common;
using Ssot.TestFramework.Compliance.Projects;

namespace Ssot.TestFramework.Compliance.Rules;

/// <summary>The two modes of the engine; both feed <see cref="CompilationAnalysis"/>.</summary>
public static partial class SsotScanner
{
    /// <summary>
    /// Source mode: the text pass keeps the candidate files, which are parsed into one compilation against the running
    /// framework only (no defines, no package or project references): approximate.
    /// </summary>
    private static ScanPart SourceScan(ScanContext context, IReadOnlyList<string> files, Stopwatch clock)
    {
        SsotRegistry registry = context.Registry;
        var finder = new CandidateFinder(
            RegistryNames(registry),
            registry.Deprecated.Where(d => d.Symbol.StartsWith("N:", StringComparison.Ordinal)).Select(d => d.Symbol[2..]),
            registry.Canonical.Where(c => c.Implements is not null).Select(c => SimpleNames(c.Implements!).First()));
        IReadOnlyDictionary<string, string> candidates = finder.Find(files, context.Relative, context.Diagnostics);
        context.Progress.AddFiles(candidates.Count);
        foreach (string ns in finder.DeclaredNamespaces.Keys)
        {
            context.SourceNamespaces.TryAdd(ns, 0);
        }

        var trees = new ConcurrentBag<SyntaxTree>();
        void Parse(IReadOnlyDictionary<string, string> batch) => LargeStack.ForEach(batch.ToArray(), SourceLimits.ParseStackBytes, pair =>
        {
            using ProgressCounter.OneFileScope counted = context.Progress.OneFile();
            string rel = context.Relative(pair.Key);
            if (SourceLimits.IsTooDeep(pair.Value))
            {
                context.Diagnostics.Add(new ScanDiagnostic(rel, SourceLimits.TooDeep(SourceLimits.NestingReason)));
                return;
            }

            SyntaxTree tree = CSharpSyntaxTree.ParseText(SourceText.From(pair.Value), s_parseOptions, rel);
            Diagnostic? error = tree.GetDiagnostics().FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error);
            if (error is not null && error.Id == TooComplexId)
            {
                // Roslyn's parser gave up (CS8078): the tree is incomplete and is not analysed.
                context.Diagnostics.Add(new ScanDiagnostic(rel, SourceLimits.TooDeep($"{error.Id}: {error.GetMessage(CultureInfo.InvariantCulture)}")));
                return;
            }

            if (error is not null)
            {
                int line = error.Location.GetLineSpan().StartLinePosition.Line + 1;
                context.Diagnostics.Add(new ScanDiagnostic(rel, $"parse error at line {line}: {error.Id} {error.GetMessage(CultureInfo.InvariantCulture)}"));
            }

            trees.Add(tree);
        });

        Parse(candidates);

        // SSOT006's surface check needs the files that may declare a renamed copy of a canonical type: they need not
        // name anything in the registry. A first compilation binds the canonical types; the files mentioning enough of
        // their member names join the candidates.
        if (registry.Canonical.Count > 0)
        {
            CSharpCompilation first = Compile(trees.OrderBy(t => t.FilePath, StringComparer.Ordinal).ToArray());
            var bound = ResolvedRegistry.Resolve(registry, first);
            (string[] Names, int Bound)[] surfaces = bound.Canonical
                .Select(c => SurfaceDuplicates.Of(c, registry.DuplicateSurface))
                .Select(sf => (sf.Names.Where(SurfaceDuplicates.IsSpelledInSource).ToArray(), sf.NameBound))
                .ToArray();
            IReadOnlyDictionary<string, string> copies = CandidateFinder.FindSurfaceCopies(files.Where(f => !candidates.ContainsKey(f)), surfaces, context.Relative);
            context.Progress.AddFiles(copies.Count);
            Parse(copies);
        }

        SyntaxTree[] sorted = trees.OrderBy(t => t.FilePath, StringComparer.Ordinal).ToArray();
        CSharpCompilation compilation = Compile(sorted);
        CompilationAnalysis.Outcome outcome = CompilationAnalysis.Analyze(compilation, sorted, registry);
        context.AddProblems(outcome);
        return new ScanPart(compilation, outcome, Exact: false, TargetFramework: null, sorted);
    }

    private static CSharpCompilation Compile(SyntaxTree[] trees) => CSharpCompilation.Create(
        "SsotScan",
        trees,
        s_references.Value,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, concurrentBuild: true, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>
    /// Exact mode: every project and target framework's real compilation (see <see cref="MsBuildEvaluator"/>); the files
    /// of a project that cannot be evaluated fall back to source mode, with a diagnostic naming the project.
    /// </summary>
    private static ScanResult ExactScan(ScanContext context, ScanOptions options, IReadOnlyList<string> projects, Stopwatch clock)
    {
        // dotnet runs in the scan root, so the repository's global.json picks the SDK the team builds with.
        string dotnet = MsBuildEvaluator.DotnetPath(options.Environment);
        string cacheRoot = Path.Combine(options.CacheDirectory ?? Path.Combine(context.PathRoot, ".ssot"), "cache");
        IReadOnlyDictionary<string, string?> overrides = options.EvaluationEnvironment;
        ModelCache? models = options.UseCache
            ? new ModelCache(cacheRoot, name => overrides.TryGetValue(name, out string? value) ? value : System.Environment.GetEnvironmentVariable(name))
            : null;
        string modelKey = ModelCache.Key(projects, options.Configuration, context.Root, dotnet);
        MsBuildEvaluator.Result? evaluation = models?.TryLoad(modelKey, dotnet);
        bool keep = evaluation is not null;
        ScanCacheUse cacheUse = keep ? ScanCacheUse.ProjectModel : ScanCacheUse.None;
        if (evaluation is null)
        {
            string scratch = models?.NewScratch() ?? Path.Combine(Path.GetTempPath(), "ssot-eval-" + Guid.NewGuid().ToString("N"));
            evaluation = MsBuildEvaluator.Evaluate(projects, context.Root, options.Configuration, options.Environment, options.EvaluationTimeout, scratch, overrides);
            keep = models?.TryStore(modelKey, evaluation, dotnet) ?? false;
        }

        context.Progress.AddProjects(evaluation.Projects.Select(p => p.ProjectPath).Concat(evaluation.Failures.Keys).Distinct(StringComparer.Ordinal).Count());

        var parts = new List<ScanPart>();
        var analysedFiles = new HashSet<string>(StringComparer.Ordinal);
        ResultCache? results = options.UseCache && evaluation.Failures.Count == 0 ? new ResultCache(cacheRoot) : null;
        string? resultKey = results?.Key(evaluation.Projects, context.Registry, context.Root, context.PathRoot);
        try
        {
            if (resultKey is not null && results!.TryLoad(resultKey, context.PathRoot, clock.Elapsed) is { } cached)
            {
                return new ScanResult(cached.Root, cached.Violations, cached.Diagnostics, cached.Statistics, cached.Engine, cached.Warnings) { CacheUse = ScanCacheUse.Results };
            }

            var factory = new ProjectCompilations(context.TreePath, results?.Sources);
            IReadOnlyList<ProjectCompilation> compilations = factory.Build(evaluation.Projects);
            // A compile item the registry excludes (or outside the root) is not checked, so its problem is no verdict.
            foreach ((string file, string message) in factory.Problems.Keys.Where(k => context.Matches(k.File)).OrderBy(k => k.File, StringComparer.Ordinal).ThenBy(k => k.Message, StringComparer.Ordinal))
            {
                context.Diagnostics.Add(new ScanDiagnostic(context.Relative(file), message));
            }

            foreach ((ProjectCompilation c, string message) in compilations.SelectMany(c => c.Diagnostics.Select(d => (c, d))).DistinctBy(x => x.d))
            {
                context.Diagnostics.Add(new ScanDiagnostic(context.Relative(c.Project.ProjectPath), message));
            }

            (ProjectCompilation Project, SyntaxTree[] Analysed)[] work = compilations
                .OrderBy(c => c.Project.ProjectPath, StringComparer.Ordinal).ThenBy(c => c.Project.TargetFramework, StringComparer.Ordinal)
                .Select(c => (c, c.Compilation.SyntaxTrees.Where(context.IsAnalysed).ToArray()))
                .ToArray();
            context.Progress.AddFiles(work.Sum(w => w.Analysed.Length));
            foreach ((ProjectCompilation project, SyntaxTree[] analysed) in work)
            {
                foreach (SyntaxTree tree in analysed)
                {
                    analysedFiles.Add(tree.FilePath);
                }

                CompilationAnalysis.Outcome outcome = CompilationAnalysis.Analyze(project.Compilation, analysed, context.Registry);
                context.AddProblems(outcome);
                parts.Add(new ScanPart(project.Compilation, outcome, Exact: true, project.Project.TargetFramework, analysed));
                context.Progress.AddAnalysed(analysed.Length);
            }
        }
        finally
        {
            if (!keep)
            {
                TryDelete(evaluation.Scratch);
            }
        }

        int approximate = 0;
        if (evaluation.Failures.Count > 0)
        {
            foreach ((string project, string message) in evaluation.Failures.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                string hint = message.Contains("NETSDK1004", StringComparison.Ordinal) || message.Contains("assets", StringComparison.OrdinalIgnoreCase)
                    ? " Run dotnet restore."
                    : string.Empty;
                context.Diagnostics.Add(new ScanDiagnostic(context.Relative(project), $"project could not be evaluated: {message}.{hint} Its files were analysed in source mode (approximate)."));
            }

            // Files of failed projects (under their folders, not compiled by any evaluated project) fall back to source mode.
            string[] failedDirs = evaluation.Failures.Keys.Select(p => Path.GetDirectoryName(p)! + Path.DirectorySeparatorChar).ToArray();
            string[] fallback = context.EnumerateFiles(context.Root)
                .Where(f => failedDirs.Any(d => f.StartsWith(d, StringComparison.Ordinal)) && !analysedFiles.Contains(context.Relative(f)))
                .ToArray();
            if (fallback.Length > 0)
            {
                ScanPart part = SourceScan(context, fallback, clock);
                approximate = fallback.Length;
                parts.Add(part);
            }
        }

        if (parts.Count == 0)
        {
            // Nothing could be evaluated or read: the registry cannot be judged, and the diagnostics say why.
            return context.Result(ScanMode.Exact, parts, 0, clock, approximate);
        }

        ScanResult computed = context.Result(ScanMode.Exact, parts, analysedFiles.Count + approximate, clock, approximate);
        ScanResult result = new(computed.Root, computed.Violations, computed.Diagnostics, computed.Statistics, computed.Engine, computed.Warnings) { CacheUse = cacheUse };
        if (resultKey is not null)
        {
            results!.TryStore(resultKey, result);
        }

        return result;
    }

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A scratch folder left in the temp directory costs disk space, never a verdict.
        }
    }

    /// <summary>The id of Roslyn's "expression is too long or complex to compile": the parser ran out of stack.</summary>
    private const string TooComplexId = "CS8078";

    /// <summary>One compilation's share of a scan: the trees analysed in it (in scope, not generated).</summary>
    private sealed record ScanPart(Compilation Compilation, CompilationAnalysis.Outcome Outcome, bool Exact, string? TargetFramework, IReadOnlyList<SyntaxTree> Analysed)
    {
        public int AnalysedFiles => Analysed.Count;
    }

    /// <summary>What every part of one scan shares: roots, globs, the registry and the diagnostics.</summary>
    private sealed class ScanContext
    {
        private readonly FileGlob[] _include;
        private readonly FileGlob[] _exclude;

        public ScanContext(string root, string pathRoot, SsotRegistry registry, IProgress<ScanProgress>? progress)
        {
            Root = root;
            PathRoot = pathRoot;
            Registry = registry;
            Progress = new ProgressCounter(progress);
            _include = registry.Include.Select(g => new FileGlob(g)).ToArray();
            _exclude = registry.Exclude.Select(g => new FileGlob(g)).ToArray();
        }

        public string Root { get; }

        public string PathRoot { get; }

        public SsotRegistry Registry { get; }

        /// <summary>Gets the scan's progress figures, reported as they grow.</summary>
        public ProgressCounter Progress { get; }

        public ConcurrentBag<ScanDiagnostic> Diagnostics { get; } = [];

        /// <summary>Gets the walk's notes: entries skipped without being opened (not regular files).</summary>
        public ConcurrentBag<string> Notes { get; } = [];

        public ConcurrentDictionary<string, byte> SourceNamespaces { get; } = new(StringComparer.Ordinal);

        /// <summary>The path a report shows: relative to the path root, forward slashes.</summary>
        public string Relative(string path) => Path.GetRelativePath(PathRoot, Path.GetFullPath(path, Root)).Replace('\\', '/');

        /// <summary>A tree's path: relative for files under the path root, absolute (and never analysed) otherwise.</summary>
        public string TreePath(string absolute) => IsUnder(absolute, PathRoot) ? Relative(absolute) : absolute;

        /// <summary>Whether a file is in scope: under the scan root, matching the include globs and none of the excludes.</summary>
        public bool Matches(string absolute)
        {
            if (!IsUnder(absolute, Root))
            {
                return false;
            }

            string rel = Path.GetRelativePath(Root, absolute).Replace('\\', '/');
            return _include.Any(g => g.IsMatch(rel)) && !_exclude.Any(g => g.IsMatch(rel));
        }

        /// <summary>Whether an exact-mode tree is analysed: in scope and not generated.</summary>
        public bool IsAnalysed(SyntaxTree tree)
        {
            if (Path.IsPathRooted(tree.FilePath) && !IsUnder(tree.FilePath, PathRoot))
            {
                return false;
            }

            string absolute = Path.GetFullPath(tree.FilePath, PathRoot);
            if (!Matches(absolute))
            {
                return false;
            }

            SourceText text = tree.GetText();
            int length = Math.Min(text.Length, 64);
            return !text.ToString(new TextSpan(0, length)).TrimStart().StartsWith("// <auto-generated", StringComparison.Ordinal);
        }

        /// <summary>
        /// The <c>*.cs</c> files in scope under <paramref name="root"/> (see <see cref="SourceFiles.Walk"/>): each real
        /// file once, directory links followed at most once per real directory. An entry that is not a regular file
        /// (a FIFO, socket or device) is never opened and is a warning naming it; a folder that cannot be listed and a
        /// dangling link are diagnostics.
        /// </summary>
        public IReadOnlyList<string> EnumerateFiles(string root)
        {
            StringComparison comparison = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
            WalkResult walk = SourceFiles.Walk(root, f => f.EndsWith(".cs", comparison) && Matches(f));
            foreach ((string path, FileKind kind) in walk.Skipped)
            {
                Notes.Add($"{Relative(path)}: {SourceFiles.NotRegular(kind)}");
            }

            foreach ((string path, string message) in walk.Unreadable)
            {
                Diagnostics.Add(new ScanDiagnostic(Relative(path), message));
            }

            return walk.Files;
        }

        /// <summary>Adds the files an analysis could not finish to the diagnostics, once per file and message.</summary>
        public void AddProblems(CompilationAnalysis.Outcome outcome)
        {
            foreach ((string file, string message) in outcome.Problems)
            {
                var diagnostic = new ScanDiagnostic(Relative(file), message);
                if (!Diagnostics.Contains(diagnostic))
                {
                    Diagnostics.Add(diagnostic);
                }
            }
        }

        public ScanResult Result(ScanMode mode, IReadOnlyList<ScanPart> parts, int filesScanned, Stopwatch clock, int approximate = 0)
        {
            List<string> warnings = parts.Count == 0
                ? new List<string>()
                : RegistryResolution.Judge(Registry, parts.Select(p => (p.Compilation, p.Outcome.Registry, p.Exact)).ToArray(), SourceNamespaces.Keys.ToHashSet(StringComparer.Ordinal)).ToList();
            warnings.AddRange(Notes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
            string[] unresolved = parts.Where(p => !p.Exact).SelectMany(p => p.Outcome.Unresolved).Distinct(StringComparer.Ordinal).ToArray();
            if (unresolved.Length > 0)
            {
                warnings.Add($"approximate: {unresolved.Length} place(s) name a deprecated symbol but cannot be bound without the project (e.g. {string.Join(", ", unresolved.Take(3))}); they are not reported. Scan the solution or project (exact mode) to decide them.");
            }

            // One finding per location, with the target frameworks it applies to.
            // SSOT006 counts implementations and creators over every compilation: a duplicate in another project counts.
            ILookup<StructureFact, string?> factTfm = parts.SelectMany(p => p.Outcome.Facts.Select(f => (f, p.TargetFramework))).ToLookup(x => x.f, x => x.TargetFramework);
            IEnumerable<(Violation, string?)> decided = StructureAnalyzer.Decide(parts.SelectMany(p => p.Outcome.Facts))
                .SelectMany(d => factTfm[d.Fact].Select(tfm => (d.Violation, tfm)))
                .Concat(SurfaceCopies(parts));
            Violation[] violations = parts
                .SelectMany(p => p.Outcome.Violations.Select(v => (v, p.TargetFramework)))
                .Concat(decided)
                .Select(x => (Violation: x.Item1 with { TargetFrameworks = null }, TargetFramework: x.Item2))
                .GroupBy(x => x.Violation)
                .Select(g =>
                {
                    string[] tfms = g.Select(x => x.TargetFramework).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
                    return tfms.Length == 0 ? g.Key : g.Key with { TargetFrameworks = string.Join(";", tfms) };
                })
                .ToArray();
            int parsed = parts.Sum(p => p.AnalysedFiles);
            string[] frameworks = parts.Select(p => p.TargetFramework).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            var engine = new EngineInfo(
                mode == ScanMode.Source || parts.All(p => !p.Exact) ? "source" : "exact",
                parts.Where(p => p.Exact).Select(p => p.Compilation.AssemblyName).Distinct(StringComparer.Ordinal).Count(),
                frameworks,
                mode == ScanMode.Source || parts.All(p => !p.Exact) ? filesScanned : approximate);
            return new ScanResult(PathRoot, violations, Diagnostics, new ScanStatistics(filesScanned, parsed, clock.Elapsed), engine, warnings);
        }

        /// <summary>
        /// SSOT006's surface check over every part: each canonical surface comes from the part's own compilation, else
        /// from a part with the same target framework, else the first part where the canonical type resolves, so a copy
        /// in a project that never references the canonical type is compared too.
        /// </summary>
        private IEnumerable<(Violation, string?)> SurfaceCopies(IReadOnlyList<ScanPart> parts)
        {
            DuplicateSurfaceOptions options = Registry.DuplicateSurface;
            Dictionary<string, CanonicalSurface>[] own = parts
                .Select(p => p.Outcome.Registry.Canonical.GroupBy(c => c.Entry.Symbol, StringComparer.Ordinal).ToDictionary(g => g.Key, g => SurfaceDuplicates.Of(g.First(), options), StringComparer.Ordinal))
                .ToArray();
            for (int i = 0; i < parts.Count; i++)
            {
                ScanPart part = parts[i];
                var surfaces = new List<CanonicalSurface>();
                foreach (CanonicalEntry entry in Registry.Canonical)
                {
                    CanonicalSurface? surface = own[i].GetValueOrDefault(entry.Symbol)
                        ?? Enumerable.Range(0, parts.Count).Where(j => parts[j].TargetFramework == part.TargetFramework).Select(j => own[j].GetValueOrDefault(entry.Symbol)).OfType<CanonicalSurface>().FirstOrDefault()
                        ?? own.Select(o => o.GetValueOrDefault(entry.Symbol)).OfType<CanonicalSurface>().FirstOrDefault();
                    if (surface is not null)
                    {
                        surfaces.Add(surface);
                    }
                }

                foreach (Violation v in SurfaceDuplicates.Find(part.Compilation, part.Analysed, part.Outcome.Registry, surfaces, options))
                {
                    yield return (v, part.TargetFramework);
                }
            }
        }

        private static bool IsUnder(string path, string root) =>
            path.StartsWith(root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }

    /// <summary>The growing figures of one scan, each change reported to the receiver (if any); thread-safe.</summary>
    private sealed class ProgressCounter(IProgress<ScanProgress>? receiver)
    {
        private readonly object _lock = new();
        private int _projects;
        private int _analysed;
        private int _files;

        public void AddProjects(int count) => Add(ref _projects, count);

        public void AddFiles(int count) => Add(ref _files, count);

        public void AddAnalysed(int count) => Add(ref _analysed, count);

        /// <summary>Counts one analysed file when disposed (also when its analysis ends in a diagnostic).</summary>
        public OneFileScope OneFile() => new(this);

        private void Add(ref int figure, int count)
        {
            if (receiver is null || count == 0)
            {
                return;
            }

            ScanProgress snapshot;
            lock (_lock)
            {
                figure += count;
                snapshot = new ScanProgress(_projects, _analysed, _files);
            }

            receiver.Report(snapshot);
        }

        public readonly struct OneFileScope(ProgressCounter counter) : IDisposable
        {
            public void Dispose() => counter.AddAnalysed(1);
        }
    }
}
