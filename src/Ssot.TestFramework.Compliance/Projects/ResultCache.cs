using System.Collections.Concurrent;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Ssot.TestFramework.Common;
using Ssot.TestFramework.Compliance.Reports;
using Ssot.TestFramework.Compliance.Rules;

namespace Ssot.TestFramework.Compliance.Projects;

/// <summary>
/// Caches exact-mode scan results under <c>.ssot/cache/results/</c>, keyed by the content of every input of every
/// compilation (each compile item's bytes, each reference's module version id), the compiler arguments, the registry,
/// the roots and the engine itself, so a hit can never be stale. Reading or writing it can fail; that costs time, never
/// a verdict. Thread-safe.
/// </summary>
internal sealed class ResultCache
{
    private const string Version = "results-v3";

    private static readonly Lazy<string> s_engine = new(() => typeof(ResultCache).Assembly.ManifestModule.ModuleVersionId.ToString("N"));

    private readonly string _directory;

    public ResultCache(string cacheRoot) => _directory = Path.Combine(cacheRoot, "results");

    /// <summary>Gets the source bytes read while computing the key, so the scan does not read them twice.</summary>
    public ConcurrentDictionary<string, byte[]> Sources { get; } = new(StringComparer.Ordinal);

    /// <summary>Computes the key of a scan of <paramref name="projects"/>, or null when an input cannot be read.</summary>
    public string? Key(IReadOnlyList<EvaluatedProject> projects, SsotRegistry registry, string root, string pathRoot)
    {
        (EvaluatedProject Project, CSharpCommandLineArguments Args)[] parsed = projects.Select(p => (Project: p, Args: CSharpCommandLineParser.Default.Parse(p.CompilerArguments, Path.GetDirectoryName(p.ProjectPath)!, sdkDirectory: null))).ToArray();
        string[] sources = parsed.SelectMany(p => p.Args.SourceFiles.Select(s => Path.GetFullPath(s.Path))).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        string[] references = parsed.SelectMany(p => p.Args.MetadataReferences.Select(r => Path.GetFullPath(r.Reference, Path.GetDirectoryName(p.Project.ProjectPath)!))).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        string[] sourceHashes = new string[sources.Length];
        string[] referenceIds = new string[references.Length];
        try
        {
            Parallel.For(0, sources.Length, i =>
            {
                // Only regular files within the size limit are read (a FIFO would block); any other makes the scan uncacheable.
                byte[] bytes = SourceFiles.Read(sources[i]).Bytes ?? throw new IOException(sources[i] + " is not a readable source file");
                Sources[sources[i]] = bytes;
                sourceHashes[i] = Convert.ToHexString(SHA256.HashData(bytes));
            });
            Parallel.For(0, references.Length, i => referenceIds[i] = ModuleId(references[i]));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or BadImageFormatException or InvalidOperationException)
        {
            return null;
        }
        catch (AggregateException ex) when (ex.InnerExceptions.All(e => e is IOException or UnauthorizedAccessException or BadImageFormatException or InvalidOperationException))
        {
            return null;
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text) => hash.AppendData(Encoding.UTF8.GetBytes(text + "\n"));
        Add(Version);
        Add(s_engine.Value);
        Add(root);
        Add(pathRoot);
        Add(registry.SourcePath ?? "-");
        foreach (CanonicalEntry c in registry.Canonical)
        {
            Add(c.ToString());
        }

        foreach (DeprecatedEntry d in registry.Deprecated)
        {
            Add(d.ToString());
        }

        Add(string.Join('|', registry.Include));
        Add(string.Join('|', registry.Exclude));
        DuplicateSurfaceOptions surface = registry.DuplicateSurface;
        Add(FormattableString.Invariant($"surface {surface.Threshold:R} {surface.MinimumMembers} {string.Join('|', surface.Allow)}"));
        foreach ((EvaluatedProject project, _) in parsed)
        {
            Add(project.ProjectPath + "|" + project.TargetFramework + "|" + string.Join('|', project.OutputPaths));
            foreach (string arg in project.CompilerArguments)
            {
                Add(arg);
            }
        }

        for (int i = 0; i < sources.Length; i++)
        {
            Add(sources[i] + " " + sourceHashes[i]);
        }

        for (int i = 0; i < references.Length; i++)
        {
            Add(references[i] + " " + referenceIds[i]);
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>The cached result for <paramref name="key"/>, read back from the JSON report stored under it, or null.</summary>
    public ScanResult? TryLoad(string key, string root, TimeSpan elapsed)
    {
        try
        {
            string file = Path.Combine(_directory, key + ".json");
            if (!File.Exists(file))
            {
                return null;
            }

            using var doc = JsonDocument.Parse(File.ReadAllBytes(file));
            return JsonReportReader.Read(doc.RootElement, root, elapsed);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>Stores <paramref name="result"/> as its JSON report (no baseline); a failure costs the next scan time only.</summary>
    public void TryStore(string key, ScanResult result)
    {
        try
        {
            AtomicFile.Write(Path.Combine(_directory, key + ".json"), output => new JsonReportWriter().Write(result, null, null, output));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A result that cannot be cached is computed again next time.
        }
    }

    /// <summary>A reference's identity: its module version id (a content hash in deterministic builds), or "missing".</summary>
    private static string ModuleId(string path)
    {
        if (!File.Exists(path))
        {
            return "missing";
        }

        using FileStream stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        if (!pe.HasMetadata)
        {
            return "no-metadata:" + new FileInfo(path).Length;
        }

        MetadataReader metadata = pe.GetMetadataReader();
        return metadata.GetGuid(metadata.GetModuleDefinition().Mvid).ToString("N");
    }
}
