using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Ssot.TestFramework.Common;
using Ssot.TestFramework.Compliance.Rules;

namespace Ssot.TestFramework.Compliance.Projects;

/// <summary>One project and target framework's real compilation.</summary>
/// <param name="Project">The evaluation it was built from.</param>
/// <param name="Compilation">The compilation: every compile item, the references and the parse options of the build.</param>
/// <param name="Diagnostics">Problems building it (a reference file that does not exist), each naming the project.</param>
internal sealed record ProjectCompilation(EvaluatedProject Project, CSharpCompilation Compilation, IReadOnlyList<string> Diagnostics);

/// <summary>
/// Builds <see cref="CSharpCompilation"/>s from evaluated projects, as <c>csc</c> would from the same command line:
/// project references become references to the referenced project's own compilation (no build needed), every other
/// reference is the file MSBuild resolved. Reference files are loaded once and shared. Not thread-safe per instance.
/// </summary>
internal sealed class ProjectCompilations
{
    private readonly ConcurrentDictionary<string, MetadataReference?> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SyntaxTree> _trees = new(StringComparer.Ordinal);
    private readonly Func<string, string> _treePath;

    private readonly IReadOnlyDictionary<string, byte[]> _preloaded;

    /// <param name="treePath">Maps a source file's absolute path to the path its tree carries (e.g. relative to the repository root).</param>
    /// <param name="preloaded">Source bytes already read (while computing a cache key), by absolute path.</param>
    public ProjectCompilations(Func<string, string> treePath, IReadOnlyDictionary<string, byte[]>? preloaded = null)
    {
        _treePath = treePath;
        _preloaded = preloaded ?? new Dictionary<string, byte[]>();
    }

    private readonly ConcurrentDictionary<string, string> _realDirectories = new(StringComparer.Ordinal);

    /// <summary>
    /// Gets the source files that could not be read or analysed (path, message): not a regular file, larger than
    /// <see cref="SourceLimits.MaxFileBytes"/>, too deeply nested, unreadable. Each is compiled as an empty file.
    /// </summary>
    public ConcurrentDictionary<(string File, string Message), byte> Problems { get; } = new();

    /// <summary>Builds the compilations of <paramref name="projects"/> in dependency order.</summary>
    public IReadOnlyList<ProjectCompilation> Build(IReadOnlyList<EvaluatedProject> projects)
    {
        var byOutput = new Dictionary<string, EvaluatedProject>(StringComparer.Ordinal);
        foreach (EvaluatedProject p in projects)
        {
            foreach (string output in p.OutputPaths)
            {
                byOutput[output] = p;
            }
        }

        var built = new Dictionary<EvaluatedProject, ProjectCompilation>();
        var visiting = new HashSet<EvaluatedProject>();
        ProjectCompilation BuildOne(EvaluatedProject p)
        {
            if (built.TryGetValue(p, out ProjectCompilation? done))
            {
                return done;
            }

            if (!visiting.Add(p))
            {
                throw new InvalidOperationException($"{p.DisplayName}: project references form a cycle.");
            }

            ProjectCompilation result = Create(p, path => byOutput.TryGetValue(path, out EvaluatedProject? referenced) && !ReferenceEquals(referenced, p) ? BuildOne(referenced).Compilation : null);
            built[p] = result;
            return result;
        }

        return projects.Select(BuildOne).ToArray();
    }

    private ProjectCompilation Create(EvaluatedProject project, Func<string, CSharpCompilation?> projectCompilation)
    {
        string directory = Path.GetDirectoryName(project.ProjectPath)!;
        CSharpCommandLineArguments args = CSharpCommandLineParser.Default.Parse(project.CompilerArguments, directory, sdkDirectory: null);
        var diagnostics = new List<string>();
        foreach (Diagnostic d in args.Errors)
        {
            diagnostics.Add($"{project.DisplayName}: compiler arguments: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}");
        }

        CSharpParseOptions parseOptions = args.ParseOptions.WithDocumentationMode(DocumentationMode.None);
        string[] sources = Distinct(args.SourceFiles.Select(f => Path.GetFullPath(f.Path)));
        var trees = new SyntaxTree[sources.Length];
        LargeStack.ForEach(Enumerable.Range(0, sources.Length).ToArray(), SourceLimits.ParseStackBytes, i =>
        {
            string path = sources[i];
            trees[i] = _trees.GetOrAdd(path + "\0" + Key(parseOptions), _ => Parse(path, parseOptions));
        });

        var references = new List<MetadataReference>();
        foreach (CommandLineReference reference in args.MetadataReferences)
        {
            string path = Path.GetFullPath(reference.Reference, directory);
            // A project reference points at the referenced project's output (never built here): use its compilation.
            if (projectCompilation(path) is { } referenced)
            {
                references.Add(referenced.ToMetadataReference(reference.Properties.Aliases, reference.Properties.EmbedInteropTypes));
                continue;
            }

            MetadataReference? file = _files.GetOrAdd(path, p => File.Exists(p) ? MetadataReference.CreateFromFile(p) : null);
            if (file is null)
            {
                diagnostics.Add($"{project.DisplayName}: reference {path} does not exist; build or restore the project it comes from.");
                continue;
            }

            references.Add(reference.Properties.Aliases.IsDefaultOrEmpty && !reference.Properties.EmbedInteropTypes ? file : file.WithProperties(reference.Properties));
        }

        CSharpCompilationOptions options = args.CompilationOptions.WithConcurrentBuild(true);
        string name = args.CompilationName ?? Path.GetFileNameWithoutExtension(project.ProjectPath);
        return new ProjectCompilation(project, CSharpCompilation.Create(name, trees, references, options), diagnostics);
    }

    private SyntaxTree Parse(string path, CSharpParseOptions options)
    {
        string treePath = _treePath(path);
        SyntaxTree Empty(string message)
        {
            Problems.TryAdd((path, message), 0);
            return CSharpSyntaxTree.ParseText(SourceText.From(string.Empty), options, treePath);
        }

        (byte[]? bytes, string? problem) = _preloaded.TryGetValue(path, out byte[]? preloaded) ? (preloaded, null) : SourceFiles.Read(path);
        if (bytes is null)
        {
            return Empty($"{problem} This compile item was analysed as empty, so the check is incomplete.");
        }

        SourceText text = SourceFiles.Decode(bytes);
        if (SourceLimits.IsTooDeep(text.ToString()))
        {
            return Empty(SourceLimits.TooDeep(SourceLimits.NestingReason));
        }

        SyntaxTree tree = CSharpSyntaxTree.ParseText(text, options, treePath);
        if (tree.GetDiagnostics().FirstOrDefault(d => d.Id == "CS8078") is { } tooComplex)
        {
            // Roslyn's parser ran out of stack: the tree is incomplete, and walking it could overflow elsewhere.
            return Empty(SourceLimits.TooDeep($"{tooComplex.Id}: {tooComplex.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}"));
        }

        return tree;
    }

    /// <summary>
    /// The compile items, each real file once: a file listed through two paths (a directory link and its target, or a
    /// file link) keeps the path with the fewest links, then the first in ordinal order, so it is analysed once.
    /// </summary>
    private string[] Distinct(IEnumerable<string> paths)
    {
        var kept = new Dictionary<string, string>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (string path in paths)
        {
            string real = RealFile(path);
            if (!kept.TryGetValue(real, out string? previous))
            {
                kept[real] = path;
                order.Add(real);
            }
            else if (previous != path && Prefer(path, previous))
            {
                kept[real] = path;
            }
        }

        return order.Select(r => kept[r]).ToArray();
    }

    private static bool Prefer(string path, string other)
    {
        int links = LinkCount(path), otherLinks = LinkCount(other);
        return links != otherLinks ? links < otherLinks : string.CompareOrdinal(path, other) < 0;
    }

    private static int LinkCount(string path)
    {
        int links = 0;
        for (string? p = path; !string.IsNullOrEmpty(p); p = Path.GetDirectoryName(p))
        {
            try
            {
                links += new FileInfo(p).LinkTarget is null ? 0 : 1;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // An unreadable component counts as no link.
            }
        }

        return links;
    }

    private string RealFile(string path)
    {
        string directory = Path.GetDirectoryName(path) ?? path;
        string realDirectory = _realDirectories.GetOrAdd(directory, d => FileKinds.RealPath(d) ?? d);
        string candidate = Path.Join(realDirectory, Path.GetFileName(path));
        try
        {
            return new FileInfo(candidate).LinkTarget is null ? candidate : FileKinds.RealPath(candidate) ?? candidate;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return candidate;
        }
    }

    private static string Key(CSharpParseOptions options) =>
        $"{options.LanguageVersion}|{string.Join(';', options.PreprocessorSymbolNames.Order(StringComparer.Ordinal))}";
}
