namespace Ssot.TestFramework.Metrics;

/// <summary>
/// Writes a run's metrics report in one format: the kit's JSON and Markdown writers. Internal: nothing outside the kit
/// can register a writer.
/// </summary>
/// <remarks>Implementations must be thread-safe: the kit may call <see cref="Write"/> from any thread (never concurrently for one file).</remarks>
internal interface IMetricsReportWriter
{
    /// <summary>Gets the file name the report is written to, inside the results folder (e.g. <c>metrics.json</c>).</summary>
    public string FileName { get; }

    /// <summary>Writes the report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="rendered">Each test of the report with its text (rendered once, reused by every rewrite).</param>
    /// <param name="writer">Where to write it.</param>
    public void Write(MetricsReport report, Func<TestMetrics, RenderedTestMetrics> rendered, TextWriter writer);
}
