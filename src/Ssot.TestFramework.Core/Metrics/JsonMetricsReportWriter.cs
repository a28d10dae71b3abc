using System.Text.Json;
using Ssot.TestFramework.Common;

namespace Ssot.TestFramework.Metrics;

/// <summary>
/// Writes <c>metrics.json</c>: <c>schemaVersion</c>, <c>assembly</c>, <c>partial</c>, <c>testCount</c>, <c>summary</c>
/// (one entry per metric, over this run's tests), <c>tests</c> (every test's samples, one test per line, rendered once
/// by <see cref="RenderedTestMetrics"/>) and <c>notRunThisTime</c> (tests of earlier runs that did not run this time).
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal sealed class JsonMetricsReportWriter : IMetricsReportWriter
{
    /// <inheritdoc />
    public string FileName => "metrics.json";

    /// <inheritdoc />
    public void Write(MetricsReport report, Func<TestMetrics, RenderedTestMetrics> rendered, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(rendered);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(ReportJson.Write(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("schemaVersion", 1);
            w.WriteString("assembly", report.Assembly);
            w.WriteBoolean("partial", report.Partial);
            w.WriteNumber("testCount", report.Tests.Count);
            w.WriteStartArray("summary");
            foreach (MetricSummary summary in report.Summaries)
            {
                WriteSummary(w, summary);
            }

            w.WriteEndArray();
            WriteTests(w, "tests", report.Tests, rendered);
            WriteTests(w, "notRunThisTime", report.NotRunThisTime, rendered);
            w.WriteEndObject();
        }));
        writer.Write('\n');
    }

    private static void WriteSummary(Utf8JsonWriter w, MetricSummary summary)
    {
        w.WriteStartObject();
        w.WriteString("name", summary.Name);
        w.WriteString("unit", summary.Unit);
        w.WriteNumber("count", summary.Count);
        w.WriteNumber("min", summary.Min);
        w.WriteNumber("median", summary.Median);
        w.WriteNumber("p95", summary.P95);
        w.WriteNumber("max", summary.Max);
        w.WriteNumber("sum", summary.Sum);
        w.WriteEndObject();
    }

    private static void WriteTests(Utf8JsonWriter w, string name, IReadOnlyList<TestMetrics> tests, Func<TestMetrics, RenderedTestMetrics> rendered)
    {
        w.WriteStartArray(name);
        foreach (TestMetrics test in tests)
        {
            ReportJson.WriteLine(w, rendered(test).Json);
        }

        w.WriteEndArray();
    }
}
