using FluentAssertions;
using Ssot.TestFramework.Compliance.Rules;

namespace Ssot.TestFramework.Compliance.Tests.Rules;

/// <summary>The issues a rule can report, read before any scan (the suites' Issue traits), checked against real scans.</summary>
public sealed class SsotRuleIssuesTests : IDisposable
{
    // A deprecated type (#1), method (#2), namespace (#3) and removed type (#4); the canonical clock carries no issue.
    private const string Registry = """
        {
          "canonical": [ { "symbol": "T:App.Clock" } ],
          "deprecated": [
            { "symbol": "T:Legacy.OldClock", "replacement": "App.Clock", "issue": "#1" },
            { "symbol": "M:App.Util.Legacy", "replacement": "App.Util.Current", "issue": "#2" },
            { "symbol": "N:Legacy.Old", "replacement": "App", "issue": "#3" },
            { "symbol": "T:Legacy.Gone", "replacement": "App.Clock", "issue": "#4", "removed": true },
            { "symbol": "T:Legacy.Untracked", "replacement": "App.Clock" }
          ]
        }
        """;

    private readonly string _root = Path.Combine(Path.GetTempPath(), "ssot-rule-issues-" + Guid.NewGuid().ToString("N"));

    public SsotRuleIssuesTests()
    {
        Directory.CreateDirectory(_root);
        Write("Clock.cs", "namespace App;\npublic class Clock { public static int Now() => 1; }\n");
        Write("Util.cs", "namespace App;\npublic static class Util { public static int Legacy() => 2; public static int Current() => 3; }\n");
        Write("OldClock.cs", "namespace Legacy;\npublic class OldClock { public static int Now() => 0; }\npublic class Untracked { }\n");
        Write("Helper.cs", "namespace Legacy.Old;\npublic static class Helper { public static int Value() => 1; }\n");
        Write("Gone.cs", "namespace Legacy;\npublic sealed class Gone { }\n");
        Write("Uses.cs", "using Legacy.Old;\nusing Alias = Legacy.OldClock;\nusing Hidden = Legacy.Old.Helper;\nnamespace App;\npublic class Uses { public int A() => Alias.Now() + Clock.Now() + Util.Legacy() + Helper.Value() + Hidden.Value(); }\n");
    }

    private SsotRegistry Loaded => SsotRegistryLoader.Parse(Registry, "ssot.json", _root);

    [Fact]
    public void For_EveryIssueARealScanReports_IsListedForItsRule()
    {
        ScanResult result = SsotScanner.Scan(_root, Loaded);

        var reported = result.Violations.Where(v => v.Issue is not null).Select(v => (v.RuleId, v.Issue!)).Distinct().ToList();
        reported.Select(r => r.RuleId).Distinct().Should().Contain(
            [SsotRuleIds.DeprecatedUsage, SsotRuleIds.DeprecatedImport, SsotRuleIds.AliasConfusion, SsotRuleIds.DualPattern, SsotRuleIds.RemovedSymbolDeclared],
            "the tree has a violation with an issue for each rule that judges deprecated entries");
        foreach ((string rule, string issue) in reported)
        {
            SsotRuleIssues.For(Loaded, rule).Should().Contain(issue, $"{rule} reported {issue}");
        }
    }

    [Fact]
    public void For_EachRule_ListsTheIssuesOfTheEntriesItJudges()
    {
        SsotRuleIssues.For(Loaded, SsotRuleIds.DeprecatedUsage).Should().Equal("#1", "#2", "#3", "#4");
        SsotRuleIssues.For(Loaded, SsotRuleIds.DualPattern).Should().Equal("#1", "#2", "#3", "#4");
        SsotRuleIssues.For(Loaded, SsotRuleIds.DeprecatedImport).Should().Equal("#1", "#3", "#4");
        SsotRuleIssues.For(Loaded, SsotRuleIds.AliasConfusion).Should().Equal("#1", "#3", "#4");
        SsotRuleIssues.For(Loaded, SsotRuleIds.RemovedSymbolDeclared).Should().Equal("#4");
    }

    [Theory]
    [InlineData(SsotRuleIds.MultipleImportPaths)]
    [InlineData(SsotRuleIds.DuplicateImplementation)]
    [InlineData("SSOT999")]
    public void For_RulesThatJudgeNoDeprecatedEntry_ListNoIssue(string rule) =>
        SsotRuleIssues.For(Loaded, rule).Should().BeEmpty();

    [Fact]
    public void For_SharedAndBlankIssues_AreListedOnceAndBlanksNever()
    {
        SsotRegistry registry = SsotRegistryLoader.Parse(
            """{ "deprecated": [ { "symbol": "T:A.B", "replacement": "x", "issue": "#9" }, { "symbol": "T:A.C", "replacement": "x", "issue": "#9" }, { "symbol": "T:A.D", "replacement": "x", "issue": " " } ] }""",
            "ssot.json",
            _root);

        SsotRuleIssues.For(registry, SsotRuleIds.DeprecatedUsage).Should().Equal("#9");
    }

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

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(_root, name), text);
}
