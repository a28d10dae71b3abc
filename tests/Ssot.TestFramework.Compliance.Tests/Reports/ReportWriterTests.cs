using System.Text.Json;
using System.Text.Json.Nodes;
using FluentAssertions;
using Ssot.TestFramework.Compliance.Baselines;
using Ssot.TestFramework.Compliance.Reports;
using Ssot.TestFramework.Compliance.Rules;
using Ssot.TestFramework.Testing;

namespace Ssot.TestFramework.Compliance.Tests.Reports;

public sealed class ReportWriterTests
{
    private static readonly Lazy<ScanResult> s_legacy = new(() => TreeFixture.Scan("Legacy"));
    private static readonly Lazy<ScanResult> s_diagnostics = new(() => TreeFixture.Scan("Diagnostics"));

    private static string Render(IViolationReportWriter writer, ScanResult result, BaselineComparison? comparison = null)
    {
        using var sw = new StringWriter();
        writer.Write(result, comparison, null, sw);
        return sw.ToString();
    }

    private static JsonSchemaValidator SarifSchema()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Reports", "sarif-schema-2.1.0.json")));
        return new JsonSchemaValidator(doc.RootElement.Clone());
    }

    [Fact]
    public void Sarif_LegacyTreeWithBaselineAndDiagnostics_ValidatesAgainstOfficialSchema()
    {
        ScanResult legacy = s_legacy.Value;
        var comparison = BaselineComparison.Compare(legacy.Violations, Baseline.FromViolations(legacy.Violations.Take(2)));

        foreach (string sarif in new[] { Render(new SarifReportWriter(), legacy, comparison), Render(new SarifReportWriter(), s_diagnostics.Value) })
        {
            using var doc = JsonDocument.Parse(sarif);
            SarifSchema().Validate(doc.RootElement).Should().BeEmpty();
        }
    }

    [Fact]
    public void Sarif_RequiredViewerFields_ArePresent()
    {
        JsonNode sarif = JsonNode.Parse(Render(new SarifReportWriter(), s_legacy.Value))!;
        JsonNode run = sarif["runs"]![0]!;
        JsonNode result = run["results"]![0]!;

        sarif["version"]!.GetValue<string>().Should().Be("2.1.0");
        run["tool"]!["driver"]!["rules"]!.AsArray().Select(r => r!["id"]!.GetValue<string>()).Should().Equal("SSOT001", "SSOT002", "SSOT003", "SSOT004", "SSOT005", "SSOT006", "SSOT007");
        result["ruleId"]!.GetValue<string>().Should().StartWith("SSOT");
        result["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]!.GetValue<string>().Should().NotStartWith("/");
        result["locations"]![0]!["physicalLocation"]!["region"]!["startLine"]!.GetValue<int>().Should().BePositive();
        result["partialFingerprints"]![SarifReportWriter.FingerprintKey]!.GetValue<string>().Should().HaveLength(32);
        run["originalUriBaseIds"]!["%SRCROOT%"]!["uri"]!.GetValue<string>().Should().StartWith("file:///").And.EndWith("/");
    }

    [Fact]
    public void JsonReportReader_ReportOfAScan_ReadsBackTheSameScan()
    {
        ScanResult legacy = s_legacy.Value;

        using var doc = JsonDocument.Parse(Render(new JsonReportWriter(), legacy));
        ScanResult read = JsonReportReader.Read(doc.RootElement, legacy.Root, TimeSpan.Zero);

        read.Violations.Should().Equal(legacy.Violations);
        read.Violations.Should().OnlyContain(v => v.EndLine > 0);
        read.Diagnostics.Should().Equal(legacy.Diagnostics);
        read.Engine.Label.Should().Be(legacy.Engine.Label);
        read.Warnings.Should().Equal(legacy.Warnings);
        read.Statistics.FilesScanned.Should().Be(legacy.Statistics.FilesScanned);
    }

    [Fact]
    public void Sarif_EveryRegion_EndsAfterItStartsAndCoversTheReportedName()
    {
        ScanResult legacy = s_legacy.Value;
        JsonNode sarif = JsonNode.Parse(Render(new SarifReportWriter(), legacy))!;

        foreach ((JsonNode? result, Violation v) in sarif["runs"]![0]!["results"]!.AsArray().Zip(legacy.Violations))
        {
            JsonNode region = result!["locations"]![0]!["physicalLocation"]!["region"]!;
            int startLine = region["startLine"]!.GetValue<int>(), startColumn = region["startColumn"]!.GetValue<int>();
            int endLine = region["endLine"]!.GetValue<int>(), endColumn = region["endColumn"]!.GetValue<int>();
            (endLine > startLine || (endLine == startLine && endColumn > startColumn)).Should().BeTrue($"{v.Location} ends at {endLine}:{endColumn}");
            string line = File.ReadAllLines(Path.Combine(TreeFixture.PathOf("Legacy"), v.File))[startLine - 1];
            if (endLine == startLine && v.RuleId == "SSOT001")
            {
                line[(startColumn - 1)..(endColumn - 1)].Should().MatchRegex(@"^(@?\w+|new\(.*\))$", $"the region of {v.Location} is the name (or the target-typed new) that uses {v.Symbol}");
            }
        }
    }

    [Fact]
    public void SchemaValidator_BrokenSarif_IsRejected()
    {
        JsonNode sarif = JsonNode.Parse(Render(new SarifReportWriter(), s_legacy.Value))!;
        JsonNode result = sarif["runs"]![0]!["results"]![0]!;
        result["level"] = "fatal";
        result["locations"]![0]!["physicalLocation"]!["region"]!["startLine"] = 0;
        sarif["runs"]![0]!["tool"]!["driver"]!.AsObject().Remove("name");
        sarif["unexpected"] = true;

        using var doc = JsonDocument.Parse(sarif.ToJsonString());
        List<string> errors = SarifSchema().Validate(doc.RootElement);

        errors.Should().Contain(e => e.Contains("not in enum", StringComparison.Ordinal))
            .And.Contain(e => e.Contains("below minimum", StringComparison.Ordinal))
            .And.Contain(e => e.Contains("missing required property 'name'", StringComparison.Ordinal))
            .And.Contain(e => e.Contains("$.unexpected: additional property not allowed", StringComparison.Ordinal));
    }

    [Fact]
    public void Fingerprint_LineMove_IsStableButOccurrenceAndMemberMatter()
    {
        var v = new Violation("SSOT001", "a.cs", 10, 3, "T:X", "r", "Y", null, "A.M()", "m");

        SarifReportWriter.Fingerprint(v with { Line = 99, Column = 1 }, 0).Should().Be(SarifReportWriter.Fingerprint(v, 0));
        SarifReportWriter.Fingerprint(v, 1).Should().NotBe(SarifReportWriter.Fingerprint(v, 0));
        SarifReportWriter.Fingerprint(v with { EnclosingMember = "A.N()" }, 0).Should().NotBe(SarifReportWriter.Fingerprint(v, 0));
    }

    [Fact]
    public void Json_Report_HasSummaryPerRuleViolationFieldsAndDiagnostics()
    {
        JsonNode json = JsonNode.Parse(Render(new JsonReportWriter(), s_legacy.Value))!;
        JsonNode diagnostics = JsonNode.Parse(Render(new JsonReportWriter(), s_diagnostics.Value))!;

        json["summary"]!["byRule"]!["SSOT001"]!.GetValue<int>().Should().Be(s_legacy.Value.Violations.Count(v => v.RuleId == "SSOT001"));
        json["summary"]!["byRule"]!.AsObject().Select(p => p.Key).Should().HaveCount(7);
        JsonNode first = json["violations"]![0]!;
        foreach (string field in new[] { "ruleId", "file", "line", "column", "symbol", "reached", "replacement", "issue", "enclosingMember", "message", "baselined" })
        {
            first.AsObject().ContainsKey(field).Should().BeTrue(field);
        }

        diagnostics["diagnostics"]!.AsArray().Should().ContainSingle().Which!["file"]!.GetValue<string>().Should().Be("src/Broken.cs");
    }

    [Fact]
    public void Markdown_Report_StartsWithSummaryThenGroupsByRuleAndFileWithReplacement()
    {
        string md = Render(new MarkdownReportWriter(), s_legacy.Value);

        md.Should().StartWith("# SSOT scan report\n\nEngine: approximate: ").And.Contain("files analysed without their project.\n\n| Rule | Name | Violations | Baselined |");
        int rule1 = md.IndexOf("## SSOT001", StringComparison.Ordinal);
        int rule2 = md.IndexOf("## SSOT002", StringComparison.Ordinal);
        rule1.Should().BePositive().And.BeLessThan(rule2);
        md.Should().Contain("### `Orders/OrderService.cs`").And.Contain("Use instead: **Use Shop.Notifications.Notifier**");
    }

    [Fact]
    public void Writers_SameInput_ProduceIdenticalOutput()
    {
        foreach (IViolationReportWriter writer in ReportWriters.All)
        {
            Render(writer, s_legacy.Value).Should().Be(Render(writer, TreeFixture.Scan("Legacy")), writer.Format);
        }
    }
}
