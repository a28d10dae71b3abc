using System.Text.Json;
using Ssot.TestFramework.Common;

namespace Ssot.TestFramework.Metrics;

/// <summary>
/// Writes <c>metrics.json</c>: <c>assembly</c>, <c>partial</c>, <c>summary</c> (one entry per metric, over this run's tests),
/// <c>tests</c> (every test's samples) and <c>notRunThisTime</c> (tests of earlier runs that did not run this time).
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal sealed class JsonMetricsReportWriter : IMetricsReportWriter
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
            assembly = report.Assembly,
            partial = report.Partial,
            testCount = report.Tests.Count,
            summary = report.Summaries,
            tests = report.Tests,
            notRunThisTime = report.NotRunThisTime,
        };
        writer.Write(ReportJson.Serialize(document, s_options));
        writer.Write('\n');
    }
}
