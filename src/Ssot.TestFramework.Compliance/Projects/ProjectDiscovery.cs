using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Ssot.TestFramework.Compliance.Projects;

/// <summary>
/// Finds the project files a scan evaluates: the <c>.sln</c>, <c>.slnx</c> and <c>.slnf</c> files at the top of the
/// scan root (or given explicitly), else every <c>*.csproj</c> below it (outside <c>bin</c>, <c>obj</c> and hidden
/// folders). Stateless and thread-safe.
/// </summary>
internal static partial class ProjectDiscovery
{
    private static readonly string[] s_skippedFolders = ["bin", "obj", "node_modules"];

    /// <summary>Returns the absolute, distinct, sorted project paths, or an empty list when the root holds none.</summary>
    /// <param name="root">The scan root.</param>
    /// <param name="explicitPaths">Solution or project files given by the user; when non-empty, only these are used.</param>
    /// <exception cref="FileNotFoundException">An explicit path does not exist.</exception>
    /// <exception cref="InvalidDataException">A solution file cannot be read.</exception>
    public static IReadOnlyList<string> Find(string root, IReadOnlyList<string> explicitPaths)
    {
        var projects = new SortedSet<string>(StringComparer.Ordinal);
        if (explicitPaths.Count > 0)
        {
            foreach (string path in explicitPaths)
            {
                string full = Path.GetFullPath(path, root);
                if (!File.Exists(full))
                {
                    throw new FileNotFoundException($"{full}: no such solution or project file. Pass an existing .sln, .slnx, .slnf or .csproj.", full);
                }

                projects.UnionWith(Expand(full));
            }

            return [.. projects];
        }

        string[] solutions = Directory.EnumerateFiles(root)
            .Where(f => f.EndsWith(".sln", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".slnx", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".slnf", StringComparison.OrdinalIgnoreCase))
            .ToArray();
        if (solutions.Length > 0)
        {
            foreach (string solution in solutions)
            {
                projects.UnionWith(Expand(solution));
            }

            return [.. projects];
        }

        var pending = new Stack<DirectoryInfo>();
        pending.Push(new DirectoryInfo(root));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (pending.Count > 0)
        {
            DirectoryInfo dir = pending.Pop();
            string real = dir.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? dir.FullName;
            if (!seen.Add(real))
            {
                continue;
            }

            try
            {
                foreach (FileInfo file in dir.EnumerateFiles("*.csproj"))
                {
                    if ((file.Attributes & FileAttributes.Directory) == 0)
                    {
                        projects.Add(file.FullName);
                    }
                }

                foreach (DirectoryInfo child in dir.EnumerateDirectories())
                {
                    if (!child.Name.StartsWith('.') && !s_skippedFolders.Contains(child.Name, StringComparer.OrdinalIgnoreCase))
                    {
                        pending.Push(child);
                    }
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // An unreadable folder holds no project we can evaluate; its files are reported by the source walk.
            }
        }

        return [.. projects];
    }

    /// <summary>Expands a solution (<c>.sln</c>, <c>.slnx</c>, <c>.slnf</c>) into its C# projects; a project is itself.</summary>
    private static IEnumerable<string> Expand(string path)
    {
        string dir = Path.GetDirectoryName(path)!;
        string extension = Path.GetExtension(path).ToLowerInvariant();
        try
        {
            switch (extension)
            {
                case ".sln":
                    return SlnProjectRegex().Matches(File.ReadAllText(path))
                        .Select(m => m.Groups["path"].Value.Replace('\\', '/'))
                        .Where(p => p.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase))
                        .Select(p => Path.GetFullPath(p, dir))
                        .ToArray();
                case ".slnx":
                    return XDocument.Load(path).Descendants()
                        .Where(e => e.Name.LocalName == "Project")
                        .Select(e => (string?)e.Attribute("Path"))
                        .OfType<string>()
                        .Select(p => p.Replace('\\', '/'))
                        .Where(p => p.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase))
                        .Select(p => Path.GetFullPath(p, dir))
                        .ToArray();
                case ".slnf":
                    using (var doc = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip }))
                    {
                        JsonElement solution = doc.RootElement.GetProperty("solution");
                        string solutionDir = Path.GetDirectoryName(Path.GetFullPath(solution.GetProperty("path").GetString()!.Replace('\\', '/'), dir))!;
                        return solution.GetProperty("projects").EnumerateArray()
                            .Select(p => p.GetString()!.Replace('\\', '/'))
                            .Where(p => p.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase))
                            .Select(p => Path.GetFullPath(p, solutionDir))
                            .ToArray();
                    }

                default:
                    return [Path.GetFullPath(path)];
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or KeyNotFoundException or InvalidOperationException or System.Xml.XmlException)
        {
            throw new InvalidDataException($"{path}: cannot read the solution file ({ex.Message}). Fix it, or pass the projects with --project.", ex);
        }
    }

    [GeneratedRegex("""^Project\("\{[^}]+\}"\)\s*=\s*"[^"]*"\s*,\s*"(?<path>[^"]+)"\s*,""", RegexOptions.Multiline)]
    private static partial Regex SlnProjectRegex();
}
