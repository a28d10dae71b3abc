using System.Text.Json;

namespace Ssot.TestFramework.Metrics;

/// <summary>Writes <c>metrics.json</c>: <c>summary</c> (one entry per metric) and <c>tests</c> (every test's samples).</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public sealed class JsonMetricsReportWriter : IMetricsReportWriter
{
    private static readonly JsonSerializerOptions s_options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    /// <inheritdoc />
    public string FileName => "metrics.json";

    /// <inheritdoc />
    public void Write(MetricsReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        var document = new
        {
            schemaVersion = 1,
            testCount = report.Tests.Count,
            summary = report.Summaries,
            tests = report.Tests,
        };
        writer.Write(JsonSerializer.Serialize(document, s_options));
        writer.WriteLine();
    }
}
