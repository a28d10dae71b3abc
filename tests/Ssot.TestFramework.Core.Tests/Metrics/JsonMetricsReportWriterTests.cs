using System.Text.Json;
using System.Text.Json.Nodes;
using FluentAssertions;
using Ssot.TestFramework.Metrics;

namespace Ssot.TestFramework.Core.Tests.Metrics;

public sealed class JsonMetricsReportWriterTests
{
    // Names and values a writer by hand gets wrong first: quotes, backslashes, control and non-ASCII characters, HTML
    // characters the default encoder escapes, table pipes, and doubles whose shortest round-trip form is long or tiny.
    private static readonly TestMetrics[] s_awkward =
    [
        new("Team.Tests.Orders.Create(name: \"a\\\"b\", when: 2026-12-02)", "Team.Tests.Orders", "Create", 0,
            [new MetricSample("wall_time", 0.1 + 0.2, "ms"), new MetricSample("allocated_bytes", 123_456_789_012, "bytes")]),
        new("Team.Tests.Ünïcødé.Naïve(x: \"<b>&'\\n\\t|\")", "Team.Tests.Ünïcødé", "Naïve", int.MaxValue,
            [new MetricSample("p|pe\u0001", 1e-300, "µs"), new MetricSample("huge", double.MaxValue, "x"), new MetricSample("neg", -0.000123, "ms")]),
        new("Team.Tests.Empty.NoSamples", "Team.Tests.Empty", "NoSamples", -5, []),
    ];

    private static readonly JsonSerializerOptions s_camel = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    [Fact]
    public void Write_AwkwardNamesAndValues_IsTheDocumentTheSerializerWrites()
    {
        MetricsReport report = MetricsReport.Build(s_awkward.Take(2)) with { Assembly = "Team.Tests", NotRunThisTime = [s_awkward[2]] };
        var text = new StringWriter();

        new JsonMetricsReportWriter().Write(report, test => new RenderedTestMetrics(test), text);

        // The oracle: System.Text.Json serialising the same report (how the file was written before entries were rendered once).
        JsonNode? expected = JsonSerializer.SerializeToNode(
            new
            {
                schemaVersion = 1,
                assembly = report.Assembly,
                partial = report.Partial,
                testCount = report.Tests.Count,
                summary = report.Summaries,
                tests = report.Tests,
                notRunThisTime = report.NotRunThisTime,
            },
            s_camel);
        JsonNode.DeepEquals(JsonNode.Parse(text.ToString()), expected).Should().BeTrue($"the file must hold the serializer's document:\n{text}");
        text.ToString().Should().EndWith("]\n}\n").And.NotContain("\r");
    }

    [Fact]
    public void Write_Tests_OneLinePerTestThatReadsBackToTheSameMetrics()
    {
        var report = MetricsReport.Build(s_awkward);
        var text = new StringWriter();

        new JsonMetricsReportWriter().Write(report, test => new RenderedTestMetrics(test), text);

        string[] testLines = text.ToString().Split('\n').Where(l => l.TrimStart().StartsWith("{\"test\":", StringComparison.Ordinal)).ToArray();
        testLines.Should().HaveCount(s_awkward.Length);
        var readBack = testLines
            .Select(l => JsonSerializer.Deserialize<TestMetrics>(l.Trim().TrimEnd(','), new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!)
            .ToList();
        readBack.Should().BeEquivalentTo(report.Tests, o => o.WithStrictOrdering());
    }
}
