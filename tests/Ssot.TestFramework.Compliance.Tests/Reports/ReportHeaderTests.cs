using System.Text.Json;
using System.Text.Json.Nodes;
using FluentAssertions;
using Ssot.TestFramework.Compliance.Baselines;
using Ssot.TestFramework.Compliance.Reports;
using Ssot.TestFramework.Compliance.Rules;
using Ssot.TestFramework.Testing;

namespace Ssot.TestFramework.Compliance.Tests.Reports;

/// <summary>What a team lead reads first: the header (date, commit, roots, registry, baseline), one name per figure, symbols without doc-ID prefixes.</summary>
public sealed class ReportHeaderTests
{
    private static readonly Lazy<ScanResult> s_legacy = new(() => TreeFixture.Scan("Legacy"));

    private static readonly ReportContext s_context = new(
        new DateTimeOffset(2026, 11, 30, 17, 45, 12, TimeSpan.Zero), "/repo", "src/Billing", "src/Billing/ssot.json")
    {
        Commit = "0123456789abcdef0123456789abcdef01234567",
        BaselinePath = "src/Billing/ssot.baseline.json",
    };

    private static string Render(IViolationReportWriter writer, ReportContext? context)
    {
        using var sw = new StringWriter();
        writer.Write(s_legacy.Value, null, context, sw);
        return sw.ToString();
    }

    [Fact]
    public void Markdown_WithContext_StartsWithTheRunHeader()
    {
        string md = Render(new MarkdownReportWriter(), s_context);

        md.Should().StartWith(
            "# SSOT scan report\n\n| Run | |\n| --- | --- |\n| Date | 2026-11-30 17:45 UTC |\n"
            + "| Commit | `0123456789abcdef0123456789abcdef01234567` |\n| Repository root | `/repo` |\n| Scanned | `src/Billing` |\n"
            + "| Registry | `src/Billing/ssot.json` |\n| Baseline | `src/Billing/ssot.baseline.json` |\n\nEngine: ");
    }

    [Fact]
    public void Markdown_WithoutCommitOrBaseline_SaysSo()
    {
        string md = Render(new MarkdownReportWriter(), s_context with { Commit = null, BaselinePath = null });

        md.Should().Contain("| Commit | unknown (no git repository at the root) |\n").And.Contain("| Baseline | none |\n");
    }

    [Fact]
    public void Markdown_WithoutContext_HasNoHeader()
    {
        Render(new MarkdownReportWriter(), null).Should().StartWith("# SSOT scan report\n\nEngine: ").And.NotContain("| Run |");
    }

    [Fact]
    public void Json_WithContext_HasRunObject()
    {
        JsonNode json = JsonNode.Parse(Render(new JsonReportWriter(), s_context))!;

        json["formatVersion"]!.GetValue<int>().Should().Be(2);
        JsonNode run = json["run"]!;
        run["date"]!.GetValue<string>().Should().Be("2026-11-30T17:45:12Z");
        run["commit"]!.GetValue<string>().Should().Be(s_context.Commit);
        run["repositoryRoot"]!.GetValue<string>().Should().Be("/repo");
        run["scanRoot"]!.GetValue<string>().Should().Be("src/Billing");
        run["registry"]!.GetValue<string>().Should().Be("src/Billing/ssot.json");
        run["baseline"]!.GetValue<string>().Should().Be("src/Billing/ssot.baseline.json");
        JsonNode.Parse(Render(new JsonReportWriter(), null))!["run"].Should().BeNull("a report without context has no header");
    }

    [Fact]
    public void Sarif_WithContext_CarriesStartTimeAndCommitAndValidates()
    {
        string sarif = Render(new SarifReportWriter(), s_context);
        JsonNode run = JsonNode.Parse(sarif)!["runs"]![0]!;

        run["invocations"]![0]!["startTimeUtc"]!.GetValue<string>().Should().Be("2026-11-30T17:45:12Z");
        run["properties"]!["commit"]!.GetValue<string>().Should().Be(s_context.Commit);
        run["properties"]!["scanRoot"]!.GetValue<string>().Should().Be("src/Billing");
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Reports", "sarif-schema-2.1.0.json")));
        using var doc = JsonDocument.Parse(sarif);
        new JsonSchemaValidator(schema.RootElement.Clone()).Validate(doc.RootElement).Should().BeEmpty();
    }

    [Fact]
    public void Figures_MarkdownAndJson_UseOneNamePerFigure()
    {
        ScanResult scan = s_legacy.Value;
        string md = Render(new MarkdownReportWriter(), null);
        JsonNode summary = JsonNode.Parse(Render(new JsonReportWriter(), null))!["summary"]!;

        md.Should().Contain($"Files scanned: {scan.Statistics.FilesScanned}; files analysed: {scan.Statistics.CandidateFiles};").And.NotContain("parsed and bound");
        summary["filesScanned"]!.GetValue<int>().Should().Be(scan.Statistics.FilesScanned);
        summary["filesAnalysed"]!.GetValue<int>().Should().Be(scan.Statistics.CandidateFiles);
        summary["candidateFiles"].Should().BeNull();
    }

    [Fact]
    public void Symbols_InMessagesAndMarkdown_HaveNoDocIdPrefix_WhileJsonKeepsTheId()
    {
        ScanResult scan = s_legacy.Value;
        string md = Render(new MarkdownReportWriter(), null);
        JsonNode violations = JsonNode.Parse(Render(new JsonReportWriter(), null))!["violations"]!;

        scan.Violations.Should().NotBeEmpty();
        scan.Violations.Should().OnlyContain(v => !HasDocIdPrefix(v.Message) && !HasDocIdPrefix(v.Reached), "messages are for people");
        HasDocIdPrefix(md).Should().BeFalse("the Markdown report is for people: {0}", md);
        violations.AsArray().Select(v => v!["symbol"]!.GetValue<string>()).Should().OnlyContain(s => s.Length > 2 && s[1] == ':', "the JSON symbol stays the registry's documentation ID");
    }

    [Theory]
    [InlineData("T:Chat.WebSocketManager", "Chat.WebSocketManager")]
    [InlineData("M:Chat.WebSocketManager.Create(Chat.ChatUser)", "Chat.WebSocketManager.Create(Chat.ChatUser)")]
    [InlineData("N:Chat.Legacy", "Chat.Legacy")]
    [InlineData("Chat.Legacy", "Chat.Legacy")]
    [InlineData("X:Chat", "X:Chat")]
    public void SymbolDisplay_Of_StripsOnlyDocIdPrefixes(string id, string shown) => SymbolDisplay.Of(id).Should().Be(shown);

    [Theory]
    [InlineData("/repo", "/repo/src/Billing", "src/Billing")]
    [InlineData("/repo", "/repo", ".")]
    [InlineData("/repo", "/elsewhere/ssot.json", "/elsewhere/ssot.json")]
    [InlineData("/repo", "/repo2/ssot.json", "/repo2/ssot.json")]
    public void Display_PathInsideOrOutsideTheRoot_IsRelativeOnlyInside(string root, string path, string shown) =>
        ReportContext.Display(root, path).Should().Be(shown);

    private static bool HasDocIdPrefix(string text) =>
        System.Text.RegularExpressions.Regex.IsMatch(text, @"(?<![\w:])[TMNPFE]:[A-Za-z_]");
}
