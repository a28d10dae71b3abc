using FluentAssertions;
using Ssot.TestFramework.Compliance.Rules;
using Ssot.TestFramework.Testing;

namespace Ssot.TestFramework.Compliance.Tests.Projects;

/// <summary>
/// The exact-mode cache (<c>.ssot/cache</c>) on a real restored solution: reused when nothing changed, and never stale
/// when a file, the file set or an environment-derived property changes.
/// </summary>
public sealed class ExactCacheTests : IDisposable
{
    private readonly string _root = ExactFixture.Copy(Path.Combine(AppContext.BaseDirectory, "Trees", "Exact"));

    public ExactCacheTests()
    {
        (int code, string output) = DotnetCli.Run(_root, ["restore", "Exact.sln"]);
        if (code != 0)
        {
            throw new InvalidOperationException($"dotnet restore failed ({code}):\n{output}");
        }
    }

    private ScanResult Scan(IReadOnlyDictionary<string, string?>? environment = null) =>
        SsotScanner.Scan(new ScanOptions(_root) { EvaluationEnvironment = environment ?? new Dictionary<string, string?>() }, SsotRegistryLoader.Load(Path.Combine(_root, "ssot.json")));

    private static string[] Findings(ScanResult result) => result.Violations.Select(v => $"{v.RuleId} {v.Location} ({v.TargetFrameworks})").ToArray();

    [Fact]
    public void Scan_Repeatedly_ReusesTheCacheOnlyWhileNoInputChanges()
    {
        ScanResult cold = Scan();
        cold.CacheUse.Should().Be(ScanCacheUse.None);
        File.ReadAllText(Path.Combine(_root, ".ssot", ".gitignore")).Should().Contain("*");

        ScanResult unchanged = Scan();
        unchanged.CacheUse.Should().Be(ScanCacheUse.Results);
        Findings(unchanged).Should().Equal(Findings(cold));

        // One compile item edited: the model is reused, the result is computed again and sees the edit.
        string uses = Path.Combine(_root, "App", "Uses.cs");
        File.AppendAllText(uses, "\npublic static class Edited\n{\n    public static void Go() => Fx.Legacy.OldClient.Send(\"edited\");\n}\n");
        ScanResult edited = Scan();
        edited.CacheUse.Should().Be(ScanCacheUse.ProjectModel);
        edited.Violations.Count.Should().Be(cold.Violations.Count + 1);

        // A new .cs file changes what the globs match: the model must be evaluated again.
        File.WriteAllText(Path.Combine(_root, "App", "Added.cs"), "namespace Fx.App;\npublic static class Added { public static void Go() => Fx.Legacy.OldClient.Send(\"added\"); }\n");
        ScanResult added = Scan();
        added.CacheUse.Should().Be(ScanCacheUse.None);
        added.Violations.Should().Contain(v => v.File == "App/Added.cs" && v.TargetFrameworks == "net10.0;net8.0");

        // An environment variable that Directory.Build.props reads: the evaluation (and the verdict) changes.
        // (Set for the evaluation only: the process environment is shared with every test running in parallel.)
        ScanResult withDefine = Scan(new Dictionary<string, string?> { ["SSOT_EXACT_FIXTURE_DEFINE"] = "SSOT_EXTRA" });
        withDefine.CacheUse.Should().Be(ScanCacheUse.None);
        withDefine.Violations.Should().Contain(v => v.Reached.Contains("OldClient.Send", StringComparison.Ordinal) && v.Line == LineOf(uses, "only when SSOT_EXACT_FIXTURE_DEFINE"));

        ScanResult back = Scan();
        back.CacheUse.Should().Be(ScanCacheUse.None, "the variable is unset again, so the earlier model must be revalidated, not the last one taken blindly");
        Findings(back).Should().Equal(Findings(added));
    }

    [Fact]
    public void Scan_CacheFolderCannotBeWritten_StillGivesTheSameVerdict()
    {
        string blocked = Path.Combine(_root, "not-a-folder");
        File.WriteAllText(blocked, "a file where the cache folder should be");

        ScanResult result = SsotScanner.Scan(new ScanOptions(_root) { CacheDirectory = blocked }, SsotRegistryLoader.Load(Path.Combine(_root, "ssot.json")));
        ScanResult uncached = SsotScanner.Scan(new ScanOptions(_root) { UseCache = false }, SsotRegistryLoader.Load(Path.Combine(_root, "ssot.json")));

        result.Engine.IsExact.Should().BeTrue();
        Findings(result).Should().Equal(Findings(uncached)).And.NotBeEmpty();
    }

    private static int LineOf(string file, string text) => Array.FindIndex(File.ReadAllLines(file), l => l.Contains(text, StringComparison.Ordinal)) + 1;

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
