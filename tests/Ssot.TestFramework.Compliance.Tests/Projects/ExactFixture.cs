using System.Text.RegularExpressions;
using Ssot.TestFramework.Testing;

namespace Ssot.TestFramework.Compliance.Tests.Projects;

/// <summary>
/// A temp copy of <c>Trees/Exact</c> (a multi-targeted library and an app with a project and a package reference),
/// restored once per test class like a team's checkout. Its <c>// exact: SSOT001(net10.0;net8.0)</c> markers say which
/// rule each line must report, for which target frameworks.
/// </summary>
public sealed partial class ExactFixture : IDisposable
{
    public ExactFixture()
    {
        Root = Copy(Path.Combine(AppContext.BaseDirectory, "Trees", "Exact"));
        (int code, string output) = DotnetCli.Run(Root, ["restore", "Exact.sln"]);
        if (code != 0)
        {
            throw new InvalidOperationException($"dotnet restore of the exact-mode fixture failed ({code}):\n{output}");
        }
    }

    public string Root { get; }

    public string Registry => Path.Combine(Root, "ssot.json");

    public static string Copy(string source)
    {
        string target = Path.Combine(Path.GetTempPath(), "ssot-exact-" + Guid.NewGuid().ToString("N"));
        KitPaths.CopyDirectory(source, target);
        return target;
    }

    /// <summary>Every marker as <c>SSOT001 App/Uses.cs:12 (net10.0;net8.0)</c>.</summary>
    public SortedSet<string> Expected()
    {
        var expected = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string file in Directory.EnumerateFiles(Root, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            string rel = Path.GetRelativePath(Root, file).Replace('\\', '/');
            string[] lines = File.ReadAllLines(file);
            for (int i = 0; i < lines.Length; i++)
            {
                foreach (Match m in MarkerRegex().Matches(lines[i]))
                {
                    string tfms = string.Join(';', m.Groups["tfms"].Value.Split(';').Order(StringComparer.Ordinal));
                    expected.Add($"{m.Groups["rule"].Value} {rel}:{i + 1} ({tfms})");
                }
            }
        }

        return expected;
    }

    /// <summary>A SHA-256 of every file of the projects (obj/ included), to prove a scan writes nothing into them.</summary>
    public SortedDictionary<string, string> Hashes() => ProjectFiles.Hashes(Root);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [GeneratedRegex(@"//\s*exact:.*?\b(?<rule>SSOT\d{3})\((?<tfms>[^)]*)\)")]
    private static partial Regex MarkerRegex();
}
