using Ssot.TestFramework.Common;

namespace Ssot.TestFramework.Metrics;

/// <summary>
/// Collects the metrics of every finished test of the process into <c>metrics.json</c> and <c>metrics.md</c>.
/// </summary>
/// <remarks>
/// Thread-safe. Each test's metrics are appended at once to <c>metrics.journal.jsonl</c>, so none are lost if the process
/// ends abruptly; the aggregated files are rewritten in the background and when the process exits (see
/// <see cref="RunReport{TEntry}"/>).
/// </remarks>
internal sealed class MetricsStore
{
    public const string JournalFileName = "metrics.journal.jsonl";

    private static readonly Lazy<MetricsStore> s_process = new(
        () => new MetricsStore(SsotResultsDirectory.Resolve, [new JsonMetricsReportWriter(), new MarkdownMetricsReportWriter()]),
        LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly RunReport<TestMetrics> _report;

    public MetricsStore(string directory, IReadOnlyList<IMetricsReportWriter> writers, ReportWriteDiagnostics? diagnostics = null)
        : this(() => directory, writers, diagnostics)
    {
    }

    private MetricsStore(Func<string> directory, IReadOnlyList<IMetricsReportWriter> writers, ReportWriteDiagnostics? diagnostics = null)
    {
        _report = new RunReport<TestMetrics>(directory, JournalFileName, (tests, folder) =>
        {
            MetricsReport report = MetricsReport.Build(tests);
            foreach (IMetricsReportWriter writer in writers)
            {
                AtomicFile.Write(Path.Combine(folder, writer.FileName), output => writer.Write(report, output));
            }
        }, diagnostics: diagnostics);
    }

    public static MetricsStore Process => s_process.Value;

    public int Count => _report.Count;

    /// <summary>Records one test's metrics (journal now, aggregated files soon).</summary>
    /// <returns><see langword="null"/>, or the line for the test's output when the journal could not be written (never throws for that).</returns>
    public string? Add(TestMetrics metrics) => _report.Add(metrics);

    /// <summary>Rewrites the aggregated files now.</summary>
    public void Flush() => _report.Flush();
}
