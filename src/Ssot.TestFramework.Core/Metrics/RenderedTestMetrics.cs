using System.Text;
using System.Text.Json;
using Ssot.TestFramework.Common;

namespace Ssot.TestFramework.Metrics;

/// <summary>
/// One test's metrics and their text, rendered once: the JSON (the journal line and the entry of <c>metrics.json</c>'s
/// <c>tests</c>, the same text) and the rows of <c>metrics.md</c>'s "Per test" table. The journal's background writer
/// renders an entry first, so the end-of-run rewrite of a large report only copies text.
/// </summary>
/// <remarks>Thread-safe: <see cref="TestMetrics"/> is immutable, and two threads rendering at once render the same text.</remarks>
/// <param name="metrics">The test's metrics.</param>
internal sealed class RenderedTestMetrics(TestMetrics metrics)
{
    private string? _json;
    private string? _markdownRows;

    /// <summary>Gets the test's metrics.</summary>
    public TestMetrics Metrics { get; } = metrics;

    /// <summary>Gets the metrics as one compact JSON object with camelCase names: <c>test</c>, <c>className</c>,
    /// <c>methodName</c>, <c>seed</c> and <c>samples</c> (<c>name</c>, <c>value</c>, <c>unit</c>).</summary>
    public string Json => _json ??= ReportJson.Compact(Metrics, WriteJson);

    /// <summary>Gets the test's rows of the "Per test" table, one per sample, each ending with <c>\n</c>.</summary>
    public string MarkdownRows => _markdownRows ??= Rows(string.Empty);

    /// <summary>The journal line (<see cref="Json"/>). The journal's background writer asks for it first, so it renders
    /// the Markdown rows too: neither is left for the run's serial end.</summary>
    /// <returns>The JSON text.</returns>
    public string JournalLine()
    {
        _ = MarkdownRows;
        return Json;
    }

    /// <summary>The rows with <paramref name="mark"/> after the test's name (e.g. " (not run this time)"); not kept.</summary>
    /// <param name="mark">Text after the test's name.</param>
    public string Rows(string mark)
    {
        string name = MarkdownText.Escape(Metrics.Test) + mark;
        var rows = new StringBuilder();
        foreach (MetricSample sample in Metrics.Samples)
        {
            rows.Append("| ").Append(name).Append(" | ").Append(Metrics.Seed).Append(" | ").Append(MarkdownText.Escape(sample.Name))
                .Append(" | ").Append(RecordedMetric.Format(sample.Value)).Append(" | ").Append(MarkdownText.Escape(sample.Unit)).Append(" |\n");
        }

        return rows.ToString();
    }

    private static void WriteJson(Utf8JsonWriter writer, TestMetrics test)
    {
        writer.WriteStartObject();
        writer.WriteString("test", test.Test);
        writer.WriteString("className", test.ClassName);
        writer.WriteString("methodName", test.MethodName);
        writer.WriteNumber("seed", test.Seed);
        writer.WriteStartArray("samples");
        foreach (MetricSample sample in test.Samples)
        {
            writer.WriteStartObject();
            writer.WriteString("name", sample.Name);
            writer.WriteNumber("value", sample.Value);
            writer.WriteString("unit", sample.Unit);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
