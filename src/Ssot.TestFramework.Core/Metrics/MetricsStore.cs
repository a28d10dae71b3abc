using System.Text.Json;
using Ssot.TestFramework.Common;

namespace Ssot.TestFramework.Metrics;

/// <summary>
/// Collects the metrics of every finished test of the process into <c>metrics.json</c> and <c>metrics.md</c>.
/// </summary>
/// <remarks>
/// Thread-safe. Each test's metrics are queued for <c>metrics.journal.jsonl</c>, which a background writer appends to in
/// batches (<see cref="RunReports.JournalDelay"/> after the first queued entry; the process's first entry, and every entry while
/// the journal cannot be written, are written at once), so a test does not wait for the disk and at most the last
/// batch is lost if the process ends abruptly; the aggregated files are rewritten in the background, at the end of the
/// run and when the process exits, each time after the queued journal entries (see <see cref="RunReport{TEntry}"/>).
/// </remarks>
internal sealed class MetricsStore
{
    public const string JournalFileName = "metrics.journal.jsonl";

    private static readonly Lazy<MetricsStore> s_process = new(
        () => new MetricsStore(SsotResultsDirectory.Resolve, [new JsonMetricsReportWriter(), new MarkdownMetricsReportWriter()], notices: RunNotices.Process, rewriteAtRunEndOnly: RunReports.FlushedAtRunEnd),
        LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly JsonSerializerOptions s_json = new() { PropertyNameCaseInsensitive = true };

    private readonly RunReport<RenderedTestMetrics> _report;
    private readonly TestRunLedger _ledger;
    private readonly Func<string> _directory;
    private readonly RunNotices? _notices;
    private readonly Lazy<(string? Assembly, IReadOnlyList<TestMetrics> Tests)> _previous;
    private int _noticed;

    public MetricsStore(string directory, IReadOnlyList<IMetricsReportWriter> writers, ReportWriteDiagnostics? diagnostics = null, TestRunLedger? ledger = null)
        : this(() => directory, writers, diagnostics, ledger)
    {
    }

    private MetricsStore(Func<string> directory, IReadOnlyList<IMetricsReportWriter> writers, ReportWriteDiagnostics? diagnostics = null, TestRunLedger? ledger = null, RunNotices? notices = null, Func<bool>? rewriteAtRunEndOnly = null)
    {
        _directory = directory;
        _notices = notices;
        _ledger = ledger ?? TestRunLedger.Process;
        _previous = new(() => LoadPrevious(Path.Combine(directory(), "metrics.json")), LazyThreadSafetyMode.ExecutionAndPublication);
        _report = new RunReport<RenderedTestMetrics>(directory, JournalFileName, (tests, folder) =>
        {
            (MetricsReport report, Func<TestMetrics, RenderedTestMetrics> rendered) = Merge(tests);
            foreach (IMetricsReportWriter writer in writers)
            {
                AtomicFile.Write(Path.Combine(folder, writer.FileName), output => writer.Write(report, rendered, output));
            }
        }, diagnostics: diagnostics, journalDelay: RunReports.JournalDelay, rewriteAtRunEndOnly: rewriteAtRunEndOnly, journalLine: static test => test.JournalLine());
    }

    public static MetricsStore Process => s_process.Value;

    public int Count => _report.Count;

    /// <summary>Records one test's metrics (journal soon, in a batch; aggregated files later).</summary>
    /// <param name="metrics">The test's metrics.</param>
    /// <param name="assemblyName">The test assembly; with it, the report merges with the earlier report of the same assembly.</param>
    /// <returns><see langword="null"/>, or the line for the test's output when the journal could not be written (never throws for that).</returns>
    public string? Add(TestMetrics metrics, string? assemblyName = null)
    {
        if (assemblyName is not null)
        {
            _ledger.Note(assemblyName, metrics.ClassName, metrics.Test);
        }

        _ = _previous.Value; // read before this run's first write replaces it
        string? unwritten = _report.Add(new RenderedTestMetrics(metrics));
        if (unwritten is null && _notices is not null && Interlocked.Exchange(ref _noticed, 1) == 0)
        {
            _notices.Add($"[ssot] metrics of this run: {Path.Combine(_directory(), "metrics.md")} (and metrics.json beside it)");
        }

        return unwritten;
    }

    /// <summary>Appends the queued journal entries and rewrites the aggregated files now.</summary>
    public void Flush() => _report.Flush();

    /// <summary>This run's tests (the latest per test), plus the earlier report's tests of the same assembly that did not
    /// run; and each test's rendering (this run's were rendered for the journal; kept ones are rendered here).</summary>
    private (MetricsReport Report, Func<TestMetrics, RenderedTestMetrics> Rendered) Merge(IReadOnlyList<RenderedTestMetrics> current)
    {
        var latest = new Dictionary<string, TestMetrics>(StringComparer.Ordinal);
        var rendered = new Dictionary<TestMetrics, RenderedTestMetrics>(current.Count, ReferenceEqualityComparer.Instance);
        foreach (RenderedTestMetrics test in current)
        {
            latest[TestRunLedger.Key(test.Metrics.ClassName, test.Metrics.Test)] = test.Metrics;
            rendered[test.Metrics] = test;
        }

        string? assembly = _ledger.AssemblyName;
        (string? previousAssembly, IReadOnlyList<TestMetrics> previousTests) = _previous.Value;
        List<TestMetrics> kept = assembly is not null && previousAssembly == assembly
            ? previousTests
                .Where(t => !latest.ContainsKey(TestRunLedger.Key(t.ClassName, t.Test)) && !_ledger.HasRun(TestRunLedger.Key(t.ClassName, t.Test)))
                .OrderBy(t => t.Test, StringComparer.Ordinal)
                .ThenBy(t => t.ClassName, StringComparer.Ordinal)
                .ToList()
            : [];
        MetricsReport report = MetricsReport.Build(latest.Values) with { Assembly = assembly, NotRunThisTime = kept };
        return (report, test => rendered.TryGetValue(test, out RenderedTestMetrics? text) ? text : new RenderedTestMetrics(test));
    }

    /// <summary>The earlier report's assembly and tests (those that ran then and those it kept); none when absent or unreadable.</summary>
    private static (string? Assembly, IReadOnlyList<TestMetrics> Tests) LoadPrevious(string path)
    {
        try
        {
            if (!File.Exists(path))
            {
                return (null, []);
            }

            using var json = JsonDocument.Parse(File.ReadAllText(path));
            JsonElement root = json.RootElement;
            string? assembly = root.TryGetProperty("assembly", out JsonElement a) && a.ValueKind == JsonValueKind.String ? a.GetString() : null;
            var tests = new List<TestMetrics>();
            foreach (string name in (string[])["tests", "notRunThisTime"])
            {
                if (root.TryGetProperty(name, out JsonElement list) && list.ValueKind == JsonValueKind.Array)
                {
                    tests.AddRange((list.Deserialize<List<TestMetrics>>(s_json) ?? []).Where(t => t is { Test: not null, ClassName: not null, Samples: not null }));
                }
            }

            return (assembly, tests);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or InvalidOperationException)
        {
            // Our own file, replaced by this run's report: an unreadable one only loses the entries of earlier runs.
            return (null, []);
        }
    }
}
