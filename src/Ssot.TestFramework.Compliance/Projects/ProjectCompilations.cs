using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

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

    /// <summary>Gets the source files that could not be read (path, message); each is compiled as an empty file.</summary>
    public ConcurrentBag<(string File, string Message)> Problems { get; } = [];

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
        var trees = new SyntaxTree[args.SourceFiles.Length];
        Parallel.For(0, trees.Length, i =>
        {
            string path = Path.GetFullPath(args.SourceFiles[i].Path);
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
        SourceText text;
        try
        {
            using Stream stream = _preloaded.TryGetValue(path, out byte[]? bytes) ? new MemoryStream(bytes, writable: false) : File.OpenRead(path);
            text = SourceText.From(stream, encoding: null, SourceHashAlgorithm.Sha256, throwIfBinaryDetected: false, canBeEmbedded: false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Problems.Add((path, $"cannot read a compile item ({ex.Message}); it was analysed as empty, so the check is incomplete."));
            text = SourceText.From(string.Empty);
        }

        return CSharpSyntaxTree.ParseText(text, options, _treePath(path));
    }

    private static string Key(CSharpParseOptions options) =>
        $"{options.LanguageVersion}|{string.Join(';', options.PreprocessorSymbolNames.Order(StringComparer.Ordinal))}";
}
