using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.CSharp;
using Ssot.TestFramework.Common;
using Ssot.TestFramework.Compliance.Rules;

namespace Ssot.TestFramework.Compliance.Projects;

/// <summary>
/// Caches evaluated project models under <c>.ssot/cache/models/</c>. An entry is reused only when every input that can
/// change evaluation is as it was: every file MSBuild imported (from the evaluation's own imports archive), the absence
/// of the files MSBuild would import if they appeared (<c>Directory.Build.*</c>, <c>Directory.Packages.props</c>,
/// <c>global.json</c>, <c>NuGet.config</c> in every folder above a project), <c>obj/project.assets.json</c>, the file
/// list of every project folder and of every folder holding a compile item (what the globs match), the installed
/// SDKs, and every environment variable any imported file can read. A model with a failed project is never cached, and
/// a cache that cannot be written or read costs time, never a verdict. Thread-safe: entries are written to a fresh
/// folder and published by an atomic index write.
/// </summary>
internal sealed partial class ModelCache
{
    private const string Version = "model-v1";

    private static readonly string[] s_watchedNames = ["Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props", "global.json", "NuGet.config", "nuget.config", "NuGet.Config", ".editorconfig"];

    private readonly string _directory;
    private readonly Func<string, string?> _childEnvironment;

    /// <param name="cacheRoot">The <c>.ssot/cache</c> folder.</param>
    /// <param name="childEnvironment">The value a variable has in the evaluation's environment.</param>
    public ModelCache(string cacheRoot, Func<string, string?> childEnvironment)
    {
        _directory = Path.Combine(cacheRoot, "models");
        _childEnvironment = childEnvironment;
    }

    /// <summary>A lookup key: the requested projects and every setting that selects an evaluation.</summary>
    public static string Key(IReadOnlyList<string> projects, string configuration, string workingDirectory, string dotnet)
    {
        StringBuilder text = new StringBuilder(Version).Append('\n').Append(MsBuildHook.BeforeProps).Append(MsBuildHook.AfterTargets)
            .Append('\n').Append(configuration).Append('\n').Append(workingDirectory).Append('\n').Append(dotnet).Append('\n');
        foreach (string project in projects)
        {
            text.Append(project).Append('\n');
        }

        return Hash(Encoding.UTF8.GetBytes(text.ToString()));
    }

    /// <summary>A fresh folder to evaluate into, inside the cache when it can be written, else in the temp folder.</summary>
    public string NewScratch()
    {
        string name = Guid.NewGuid().ToString("N");
        try
        {
            Directory.CreateDirectory(_directory);
            CacheIgnore.Ensure(Path.GetDirectoryName(Path.GetDirectoryName(_directory)!)!);
            string scratch = Path.Combine(_directory, name);
            Directory.CreateDirectory(scratch);
            return scratch;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Path.Combine(Path.GetTempPath(), "ssot-eval-" + name);
        }
    }

    /// <summary>Returns the cached model for <paramref name="key"/> if every recorded input is unchanged.</summary>
    public MsBuildEvaluator.Result? TryLoad(string key, string dotnet)
    {
        try
        {
            string index = Path.Combine(_directory, key + ".json");
            if (!File.Exists(index))
            {
                return null;
            }

            using var doc = JsonDocument.Parse(File.ReadAllBytes(index));
            JsonElement root = doc.RootElement;
            string scratch = root.GetProperty("scratch").GetString()!;
            if (!Directory.Exists(scratch) || Fingerprint(root, dotnet) is not { } recorded || recorded != root.GetProperty("fingerprint").GetString())
            {
                return null;
            }

            EvaluatedProject[] projects = Directory.EnumerateFiles(Path.Combine(scratch, "out"), "*.txt").Order(StringComparer.Ordinal)
                .Select(f => MsBuildEvaluator.Read(File.ReadAllLines(f)))
                .ToArray();
            return new MsBuildEvaluator.Result(projects, new Dictionary<string, string>(), scratch);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>Records a successful evaluation; returns false (and the caller deletes the scratch) when it cannot be cached.</summary>
    public bool TryStore(string key, MsBuildEvaluator.Result result, string dotnet)
    {
        if (result.Failures.Count > 0 || !result.Scratch.StartsWith(_directory, StringComparison.Ordinal))
        {
            return false;
        }

        try
        {
            Inputs inputs = Collect(result);
            string fingerprint = Fingerprint(inputs, dotnet);
            string previous = Path.Combine(_directory, key + ".json");
            string text = ReportJson.Write(json =>
            {
                json.WriteStartObject();
                json.WriteString("scratch", result.Scratch);
                json.WriteString("fingerprint", fingerprint);
                WriteArray(json, "files", inputs.Files);
                WriteArray(json, "absent", inputs.Absent);
                WriteArray(json, "folders", inputs.Folders);
                WriteArray(json, "environment", inputs.Environment);
                json.WriteEndObject();
            });
            AtomicFile.Write(previous, w => w.Write(text));

            CollectGarbage();

            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return false;
        }
    }

    /// <summary>
    /// Deletes model folders no index refers to, once they are an hour old: another scan may still be reading the
    /// folder an index referred to a moment ago (its compiler arguments point into it).
    /// </summary>
    private void CollectGarbage()
    {
        var live = new HashSet<string>(Directory.EnumerateFiles(_directory, "*.json").Select(ReadScratch).OfType<string>(), StringComparer.Ordinal);
        DateTime cutoff = DateTime.UtcNow - TimeSpan.FromHours(1);
        foreach (string folder in Directory.EnumerateDirectories(_directory))
        {
            if (!live.Contains(folder) && Directory.GetLastWriteTimeUtc(folder) < cutoff)
            {
                TryDelete(folder);
            }
        }
    }

    public static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A folder left behind costs disk space, never a verdict.
        }
    }

    private sealed record Inputs(string[] Files, string[] Absent, string[] Folders, string[] Environment);

    private static Inputs Collect(MsBuildEvaluator.Result result)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        var environment = new SortedSet<string>(StringComparer.Ordinal);
        using (ZipArchive zip = ZipFile.OpenRead(Path.Combine(result.Scratch, MsBuildEvaluator.ImportsArchive)))
        {
            foreach (ZipArchiveEntry entry in zip.Entries)
            {
                string path = ArchivePath(entry.FullName);
                if (path.StartsWith(result.Scratch, StringComparison.Ordinal))
                {
                    continue;
                }

                files.Add(path);
                using var reader = new StreamReader(entry.Open());
                foreach (Match m in PropertyRegex().Matches(reader.ReadToEnd()))
                {
                    environment.Add(m.Groups["name"].Value);
                }
            }
        }

        var absent = new SortedSet<string>(StringComparer.Ordinal);
        var folders = new SortedSet<string>(StringComparer.Ordinal);
        foreach (EvaluatedProject project in result.Projects)
        {
            string projectDir = Path.GetDirectoryName(project.ProjectPath)!;
            folders.Add(projectDir);
            files.Add(Path.Combine(projectDir, "obj", "project.assets.json"));
            for (DirectoryInfo? dir = new(projectDir); dir is not null; dir = dir.Parent)
            {
                foreach (string name in s_watchedNames)
                {
                    absent.Add(Path.Combine(dir.FullName, name));
                }
            }

            CSharpCommandLineArguments args = Microsoft.CodeAnalysis.CSharp.CSharpCommandLineParser.Default.Parse(project.CompilerArguments, projectDir, sdkDirectory: null);
            foreach (Microsoft.CodeAnalysis.CommandLineSourceFile source in args.SourceFiles)
            {
                if (!source.Path.StartsWith(result.Scratch, StringComparison.Ordinal))
                {
                    folders.Add(Path.GetDirectoryName(Path.GetFullPath(source.Path))!);
                }
            }
        }

        // The child never sees MSBuild variables (they are removed) nor the ones the evaluator sets itself.
        string[] env = environment.Where(n => !n.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) && !n.StartsWith("Ssot", StringComparison.Ordinal)).ToArray();
        absent.ExceptWith(files);
        return new Inputs([.. files], [.. absent], [.. folders], env);
    }

    /// <summary>Hashes the current state of every recorded input, or null when one cannot be read.</summary>
    private string? Fingerprint(JsonElement root, string dotnet) =>
        Fingerprint(new Inputs(Strings(root, "files"), Strings(root, "absent"), Strings(root, "folders"), Strings(root, "environment")), dotnet);

    private string Fingerprint(Inputs inputs, string dotnet)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text) => hash.AppendData(Encoding.UTF8.GetBytes(text + "\n"));
        Add(Version);
        foreach (string file in inputs.Files)
        {
            Add(file);
            Add(File.Exists(file) ? Hash(File.ReadAllBytes(file)) : "-");
        }

        foreach (string file in inputs.Absent)
        {
            Add(file + (File.Exists(file) ? " present" : " absent"));
        }

        foreach (string folder in inputs.Folders)
        {
            Add(folder);
            foreach (string file in Listing(folder))
            {
                Add(file);
            }
        }

        foreach (string name in inputs.Environment)
        {
            Add($"{name}={_childEnvironment(name)}");
        }

        // The installed SDKs (global.json picks among them).
        string? sdkRoot = Path.GetDirectoryName(ResolveDotnet(dotnet));
        if (sdkRoot is not null && Directory.Exists(Path.Combine(sdkRoot, "sdk")))
        {
            foreach (string sdk in Directory.EnumerateDirectories(Path.Combine(sdkRoot, "sdk")).Order(StringComparer.Ordinal))
            {
                Add(sdk);
            }
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>Every file below a project folder (what its globs can match), outside its bin/ and obj/ and hidden folders.</summary>
    private static IEnumerable<string> Listing(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return ["<missing>"];
        }

        // The same walk as the scan's: directory links followed once per real directory (a link loop ends), nothing opened.
        string bin = Path.Combine(folder, "bin");
        string obj = Path.Combine(folder, "obj");
        WalkResult walk = SourceFiles.Walk(
            folder,
            f => !Path.GetFileName(f).StartsWith('.'),
            d => !Path.GetFileName(d).StartsWith('.') && d != bin && d != obj);
        // A directory link is listed itself (with its target): adding or removing one changes what globs can match.
        return walk.Files.Concat(walk.Skipped.Select(s => s.Path)).Concat(walk.Links.Select(l => l + " -> " + new DirectoryInfo(l).LinkTarget)).Order(StringComparer.Ordinal);
    }

    private static string ResolveDotnet(string dotnet)
    {
        if (Path.IsPathRooted(dotnet))
        {
            return dotnet;
        }

        foreach (string dir in (System.Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            string candidate = Path.Combine(dir, dotnet);
            if (File.Exists(candidate))
            {
                return new FileInfo(candidate).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? candidate;
            }
        }

        return dotnet;
    }

    private static string ArchivePath(string entry)
    {
        string path = entry.Replace('\\', '/');
        if (Path.DirectorySeparatorChar == '\\' && path.Length > 2 && path[0] == '/' && path[2] == ':')
        {
            path = path[1..];
        }

        return Path.GetFullPath(path);
    }

    private static string Hash(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes));

    private static string[] Strings(JsonElement root, string name) => root.GetProperty(name).EnumerateArray().Select(e => e.GetString()!).ToArray();

    private static string? ReadScratch(string index)
    {
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(index));
            return doc.RootElement.GetProperty("scratch").GetString();
        }
        catch (Exception ex) when (ex is IOException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return null;
        }
    }

    private static void WriteArray(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (string value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    /// <summary><c>$(Name)</c> and <c>GetEnvironmentVariable('Name')</c>: every property an environment variable can feed.</summary>
    [GeneratedRegex(@"\$\((?<name>[A-Za-z_][A-Za-z0-9_\-]*)\)|GetEnvironmentVariable\(\s*['""](?<name>[A-Za-z_][A-Za-z0-9_\-]*)['""]\s*\)")]
    private static partial Regex PropertyRegex();
}
