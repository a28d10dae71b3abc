using System.Text.RegularExpressions;

namespace Ssot.TestFramework.Testing;

/// <summary>
/// Locates the checked-in source trees (<c>tests/Trees</c>, copied into the output by <c>tests/SourceTrees.targets</c>)
/// and reads their <c>// expect: SSOT00x</c> markers. Scanning them needs the engine: Ssot.TestFramework.Compliance.Tests
/// adds <c>Scan</c> and <c>Actual</c> (its <c>TreeScans</c>).
/// </summary>
public static partial class TreeFixture
{
    public static string PathOf(string tree) => Path.Combine(AppContext.BaseDirectory, "Trees", tree);

    /// <summary>Every (rule, file, line) a tree's markers expect, as <c>SSOT001 src/a.cs:7</c>.</summary>
    public static SortedSet<string> Expected(string tree)
    {
        string root = PathOf(tree);
        var expected = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string file in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories))
        {
            string rel = Path.GetRelativePath(root, file).Replace('\\', '/');
            string[] lines = File.ReadAllLines(file);
            for (int i = 0; i < lines.Length; i++)
            {
                Match m = MarkerRegex().Match(lines[i]);
                if (m.Success)
                {
                    foreach (string rule in m.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    {
                        expected.Add($"{rule} {rel}:{i + 1}");
                    }
                }
            }
        }

        return expected;
    }

    /// <summary>The 1-based line of the first line in <paramref name="file"/> containing <paramref name="text"/>.</summary>
    public static int LineOf(string tree, string file, string text)
    {
        string[] lines = File.ReadAllLines(Path.Combine(PathOf(tree), file));
        int index = Array.FindIndex(lines, l => l.Contains(text, StringComparison.Ordinal));
        return index >= 0 ? index + 1 : throw new InvalidOperationException($"'{text}' not found in {file}");
    }

    [GeneratedRegex(@"//\s*expect:\s*((?:SSOT\d{3}\s*)+)")]
    private static partial Regex MarkerRegex();
}
