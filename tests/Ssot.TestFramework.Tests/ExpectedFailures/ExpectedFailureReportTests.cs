using System.Text.Json;
using FluentAssertions;
using Ssot.TestFramework.ExpectedFailures;

namespace Ssot.TestFramework.Tests.ExpectedFailures;

public sealed class ExpectedFailureReportTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "ssot-xfail-report-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private static ExpectedFailureReportEntry Entry(int i) =>
        new($"T.M(value: {i})", "ExpectedFailure", "Skipped", "reason | with pipe", "#1", null, "System.Exception", "boom", "[XFAIL] reason");

    [Fact]
    public async Task Record_ManyTestsAtOnce_KeepsEveryEntryInBothFiles()
    {
        var report = new ExpectedFailureReport(() => _directory);

        await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(() => report.Record(Entry(i)))));
        report.Flush(); // appends the journal's queued lines first, then rewrites the aggregated files

        File.ReadAllLines(Path.Combine(_directory, ExpectedFailureReport.JournalFileName)).Should().HaveCount(200).And.OnlyHaveUniqueItems();

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_directory, ExpectedFailureReport.JsonFileName)));
        json.RootElement.GetProperty("entries").GetArrayLength().Should().Be(200);
        json.RootElement.GetProperty("counts").GetProperty("ExpectedFailure").GetInt32().Should().Be(200);
        File.ReadAllLines(Path.Combine(_directory, ExpectedFailureReport.MarkdownFileName)).Count(l => l.StartsWith("| ExpectedFailure |", StringComparison.Ordinal)).Should().Be(200);
        Directory.GetFiles(_directory, "*.tmp").Should().BeEmpty();
    }

    [Fact]
    public void Record_Entries_JournalLinesAreTheirEntriesInTheJsonReport()
    {
        var report = new ExpectedFailureReport(() => _directory);

        report.Record(Entry(1)).Should().BeNull();
        report.Record(Entry(2)).Should().BeNull();
        report.Flush();

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_directory, ExpectedFailureReport.JsonFileName)));
        string[] entries = [.. json.RootElement.GetProperty("entries").EnumerateArray().Select(e => e.GetRawText())];
        string[] journal = File.ReadAllLines(Path.Combine(_directory, ExpectedFailureReport.JournalFileName));
        journal.Should().HaveCount(2).And.BeEquivalentTo(entries);
        journal.Should().Contain(line => line.Contains("\"displayName\":\"T.M(value: 2)\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Record_PipeInReason_IsEscapedInMarkdown()
    {
        var report = new ExpectedFailureReport(() => _directory);

        report.Record(Entry(1));
        report.Flush();

        File.ReadAllText(Path.Combine(_directory, ExpectedFailureReport.MarkdownFileName)).Should().Contain("reason \\| with pipe").And.NotContain("reason | with");
    }

    private const string Assembly = "Team.Tests";

    private static ExpectedFailureReportEntry Row(string test, string verdict = "ExpectedFailure") =>
        new(test, verdict, "Skipped", "legacy", "#1", null, "System.Exception", "boom", "[XFAIL] legacy", "Team.Tests.Cases");

    /// <summary>One run of the given tests: each is seen, those in <paramref name="failing"/> leave an entry.</summary>
    private ExpectedFailureReport RunOf(string assembly, string[] ran, string[] failing)
    {
        var report = new ExpectedFailureReport(() => _directory, ledger: new Ssot.TestFramework.Common.TestRunLedger());
        foreach (string test in ran)
        {
            report.Seen(assembly, "Team.Tests.Cases", test);
            if (failing.Contains(test))
            {
                report.Record(Row(test));
            }
        }

        report.Flush();
        return report;
    }

    private JsonElement Json() => JsonDocument.Parse(File.ReadAllText(Path.Combine(_directory, ExpectedFailureReport.JsonFileName))).RootElement;

    private string Markdown() => File.ReadAllText(Path.Combine(_directory, ExpectedFailureReport.MarkdownFileName));

    private static bool NotRun(JsonElement json, string test) =>
        json.GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("displayName").GetString() == test).GetProperty("notRunThisTime").GetBoolean();

    [Fact]
    public void Flush_TwoEntries_WritesAnIndentedHeaderAndOneEntryPerLine()
    {
        RunOf("Équipe+Tests", ["A", "B"], ["A", "B"]);

        string text = File.ReadAllText(Path.Combine(_directory, ExpectedFailureReport.JsonFileName));
        string[] lines = text.Split('\n');
        text.Should().EndWith("}\n").And.NotContain("\r");
        lines[..8].Should().Equal(
            "{",
            "  \"assembly\": \"Équipe+Tests\",", // the entries' relaxed escaping, for the header too
            "  \"partial\": false,",
            "  \"notRunThisTime\": 0,",
            "  \"counts\": {",
            "    \"ExpectedFailure\": 2",
            "  },",
            "  \"entries\": [");
        lines[8].Should().StartWith("    {\"displayName\":\"A\",").And.EndWith("},");
        lines[9].Should().StartWith("    {\"displayName\":\"B\",").And.EndWith("}").And.NotEndWith("},");
        lines[10..].Should().Equal("  ]", "}", string.Empty);
    }

    [Fact]
    public void Flush_FilteredRunAfterAFullRun_KeepsTheEntriesNotRunAndSaysPartial()
    {
        RunOf(Assembly, ["A", "B", "C"], ["A", "B", "C"]);
        RunOf(Assembly, ["B"], ["B"]);

        JsonElement json = Json();
        json.GetProperty("partial").GetBoolean().Should().BeTrue();
        json.GetProperty("notRunThisTime").GetInt32().Should().Be(2);
        json.GetProperty("counts").GetProperty("ExpectedFailure").GetInt32().Should().Be(1);
        json.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("displayName").GetString()).Should().Equal("B", "A", "C");
        NotRun(json, "B").Should().BeFalse();
        NotRun(json, "A").Should().BeTrue();
        Markdown().Should().Contain("**Partial run** of Team.Tests: 2 entries of earlier runs did not run this time")
            .And.Contain("| ExpectedFailure | Skipped | A | legacy | #1 |   | System.Exception: boom | not run this time |")
            .And.Contain("| ExpectedFailure | Skipped | B | legacy | #1 |   | System.Exception: boom | ran |");
    }

    [Fact]
    public void Flush_FullRunAfterAFilteredRun_IsNotPartialAndReplacesEveryEntry()
    {
        RunOf(Assembly, ["A", "B"], ["A", "B"]);
        RunOf(Assembly, ["A"], ["A"]);
        RunOf(Assembly, ["A", "B"], ["A", "B"]);

        JsonElement json = Json();
        json.GetProperty("partial").GetBoolean().Should().BeFalse();
        json.GetProperty("entries").GetArrayLength().Should().Be(2);
        NotRun(json, "A").Should().BeFalse();
        NotRun(json, "B").Should().BeFalse();
        Markdown().Should().Contain("Run of Team.Tests: every test listed by earlier runs ran this time").And.NotContain("not run this time |");
    }

    [Fact]
    public void Flush_TestRanAndLeftNoEntry_DropsItsEarlierEntry()
    {
        RunOf(Assembly, ["A", "B"], ["A", "B"]);
        RunOf(Assembly, ["A", "B"], ["A"]); // B's marker was removed: it ran and passed

        JsonElement json = Json();
        json.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("displayName").GetString()).Should().Equal("A");
        json.GetProperty("partial").GetBoolean().Should().BeFalse();
    }

    [Fact]
    public void Seen_EveryEarlierEntryRanAndNoneFailed_RewritesTheReportEmpty()
    {
        RunOf(Assembly, ["A"], ["A"]);
        RunOf(Assembly, ["A"], []);

        JsonElement json = Json();
        json.GetProperty("entries").GetArrayLength().Should().Be(0);
        Markdown().Should().Contain("No entry this run.");
    }

    [Fact]
    public void Seen_TestsWithoutEarlierEntries_WriteNoReport()
    {
        RunOf(Assembly, ["A", "B"], []);

        File.Exists(Path.Combine(_directory, ExpectedFailureReport.JsonFileName)).Should().BeFalse();
        File.Exists(Path.Combine(_directory, ExpectedFailureReport.MarkdownFileName)).Should().BeFalse();
    }

    [Fact]
    public void Flush_EarlierReportOfAnotherAssembly_IsReplacedNotMerged()
    {
        RunOf("Other.Tests", ["A", "B"], ["A", "B"]);
        RunOf(Assembly, ["C"], ["C"]);

        JsonElement json = Json();
        json.GetProperty("assembly").GetString().Should().Be(Assembly);
        json.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("displayName").GetString()).Should().Equal("C");
        json.GetProperty("partial").GetBoolean().Should().BeFalse();
    }

    [Fact]
    public void Flush_EarlierReportUnreadable_StartsAfreshAndSaysSo()
    {
        Directory.CreateDirectory(_directory);
        string path = Path.Combine(_directory, ExpectedFailureReport.JsonFileName);
        File.WriteAllText(path, "{ not json");

        RunOf(Assembly, ["A"], ["A"]);

        Json().GetProperty("entries").GetArrayLength().Should().Be(1);
        Markdown().Should().Contain($"The earlier report could not be read and was replaced ({path}:");
    }

    [Fact]
    public void Flush_MultiLineMessage_ListsItUnderTheTable()
    {
        var report = new ExpectedFailureReport(() => _directory, ledger: new Ssot.TestFramework.Common.TestRunLedger());
        report.Record(Row("A") with { Message = "[XFAIL] legacy — System.Exception: pending:\n  - a.cs:1 A\n  … and 3 more (see /r/import-compliance.md)" });
        report.Record(Row("B"));
        report.Flush();

        string markdown = Markdown();
        markdown.Should().Contain("### A\n\n```text\n[XFAIL] legacy — System.Exception: pending:\n  - a.cs:1 A\n  … and 3 more (see /r/import-compliance.md)\n```\n");
        markdown.Should().NotContain("### B");
    }
}
