using Ssot.TestFramework.Common;

namespace Ssot.TestFramework.Metrics;

/// <summary>Writes <c>metrics.md</c>: a summary table per metric, then one row per test and metric (rendered once: <see cref="RenderedTestMetrics"/>).</summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal sealed class MarkdownMetricsReportWriter : IMetricsReportWriter
{
    /// <inheritdoc />
    public string FileName => "metrics.md";

    /// <inheritdoc />
    public void Write(MetricsReport report, Func<TestMetrics, RenderedTestMetrics> rendered, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(rendered);
        ArgumentNullException.ThrowIfNull(writer);
        writer.NewLine = "\n"; // like every report of the kit: the same bytes on every operating system
        writer.WriteLine("# Test metrics");
        writer.WriteLine();
        writer.WriteLine(report.Partial
            ? $"**Partial run**{Of(report)}: {report.Tests.Count} tests ran; {report.NotRunThisTime.Count} tests of earlier runs did not run this time (e.g. `--filter`) and are kept at the end, marked \"not run this time\". The summary covers the tests that ran."
            : $"{report.Tests.Count} tests{Of(report)}; every test listed by earlier runs ran this time (tests are merged across runs of this assembly).");
        writer.WriteLine();
        writer.WriteLine("| metric | unit | count | min | median | p95 | max | sum |");
        writer.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|");
        foreach (MetricSummary s in report.Summaries)
        {
            writer.WriteLine($"| {MarkdownText.Escape(s.Name)} | {MarkdownText.Escape(s.Unit)} | {s.Count} | {F(s.Min)} | {F(s.Median)} | {F(s.P95)} | {F(s.Max)} | {F(s.Sum)} |");
        }

        WriteTests(writer, "Per test", report.Tests, t => rendered(t).MarkdownRows);
        if (report.Partial)
        {
            WriteTests(writer, "Not run this time (kept from an earlier run)", report.NotRunThisTime, t => rendered(t).Rows(" (not run this time)"));
        }
    }

    private static string Of(MetricsReport report) => report.Assembly is null ? string.Empty : $" of {report.Assembly}";

    private static string F(double value) => RecordedMetric.Format(value);

    private static void WriteTests(TextWriter writer, string heading, IEnumerable<TestMetrics> tests, Func<TestMetrics, string> rows)
    {
        writer.WriteLine();
        writer.WriteLine($"## {heading}");
        writer.WriteLine();
        writer.WriteLine("| test | seed | metric | value | unit |");
        writer.WriteLine("|---|---:|---|---:|---|");
        foreach (TestMetrics test in tests)
        {
            writer.Write(rows(test));
        }
    }
}
