namespace Ssot.TestFramework.Testing;

/// <summary>
/// A tiny real source tree in its own temp folder (no git above it): one deprecated type and one use of it, so a scan
/// finds exactly one SSOT001 violation; with a baseline file. Running <c>ssot</c> on it needs the tool:
/// Ssot.TestFramework.Cli.Tests adds <c>Run</c> (in-process) and <c>RunProcess</c> (its <c>CliTreeRuns</c>).
/// </summary>
public sealed class CliTree : IDisposable
{
    public const string RegistryJson = """{ "deprecated": [ { "symbol": "T:Shop.Legacy.Old", "replacement": "Shop.New" } ] }""";

    public CliTree()
    {
        Root = Directory.CreateTempSubdirectory("ssot-cli-tree-").FullName;
        Directory.CreateDirectory(Source);
        File.WriteAllText(Path.Combine(Source, "Old.cs"), "namespace Shop.Legacy;\npublic static class Old { public static int X => 1; }\n");
        File.WriteAllText(Path.Combine(Source, "Use.cs"), "namespace Shop;\npublic static class Use { public static int Y() => Shop.Legacy.Old.X; }\n");
        File.WriteAllText(Registry, RegistryJson);
    }

    public string Root { get; }

    public string Source => Path.Combine(Root, "src");

    public string Registry => Path.Combine(Root, "ssot.json");

    public string Baseline => Path.Combine(Root, "ssot.baseline.json");

    /// <summary>A baseline listing the real violation plus one whose member is gone: a scan off CI tightens it.</summary>
    public string StaleBaselineJson => """
        {
          "version": 1,
          "entries": [
            { "rule": "SSOT001", "file": "src/Use.cs", "member": "Shop.Use.Gone()", "symbol": "T:Shop.Legacy.Old", "count": 1 },
            { "rule": "SSOT001", "file": "src/Use.cs", "member": "Shop.Use.Y()", "symbol": "T:Shop.Legacy.Old", "count": 1 }
          ]
        }
        """;

    public string[] Args(params string[] extra) => ["scan", Source, "--registry", Registry, "--repo-root", Root, .. extra];

    /// <summary>The lines of standard error that report an error (start with "ssot:" and are not a progress note).</summary>
    public static string[] Lines(string stderr) => stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
