using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using Ssot.TestFramework.Common;
using Ssot.TestFramework.ExpectedFailures.Sdk;
using Ssot.TestFramework.Sdk;

namespace Ssot.TestFramework.ExpectedFailures;

/// <summary>
/// The run report of expected failures, unexpected passes, overdue and not-run tests: <c>expected-failures.json</c> and
/// <c>expected-failures.md</c> in <see cref="SsotResultsDirectory.Resolve()"/>.
/// </summary>
/// <remarks>
/// Thread-safe. Each entry is queued for <c>expected-failures.journal.jsonl</c> (its line is its entry in
/// <c>expected-failures.json</c>, rendered once), which a background writer appends in batches like the metrics journal
/// (<see cref="RunReports.JournalDelay"/>; the process's first entry, and every entry while the journal cannot be
/// written, are written at once), so a test does not wait for the disk and at most the last batch is lost if the
/// process ends abruptly; the aggregated files are rewritten in the background, at the end of the run and when the
/// process exits, each time after the queued journal entries (see <see cref="RunReport{TEntry}"/>).
/// </remarks>
internal sealed class ExpectedFailureReport
{
    public const string JsonFileName = "expected-failures.json";
    public const string MarkdownFileName = "expected-failures.md";
    public const string JournalFileName = "expected-failures.journal.jsonl";

    private static readonly JsonSerializerOptions s_json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly RunReport<ExpectedFailureReportEntry> _report;
    private readonly TestRunLedger _ledger;
    private readonly Func<string> _directory;
    private readonly RunNotices? _notices;
    private readonly Lazy<PreviousReport> _previous;
    private int _announced;

    // Each entry's JSON and Markdown row, rendered once: a rewrite then only copies text (entries are immutable; kept
    // entries of earlier runs are new objects, rendered when first written).
    private readonly ConditionalWeakTable<ExpectedFailureReportEntry, Rendered> _rendered = new();

    /// <param name="directory">Resolves the report folder (read once, at the first entry or test).</param>
    /// <param name="diagnostics">Where a file that cannot be written is reported; default <see cref="ReportWriteDiagnostics.Process"/>.</param>
    /// <param name="ledger">Which tests ran in this run; default <see cref="TestRunLedger.Process"/>.</param>
    /// <param name="notices">Where the report's path is announced once per run; default none.</param>
    /// <param name="rewriteAtRunEndOnly">See <see cref="RunReport{TEntry}"/>; default: background rewrites always.</param>
    public ExpectedFailureReport(Func<string> directory, ReportWriteDiagnostics? diagnostics = null, TestRunLedger? ledger = null, RunNotices? notices = null, Func<bool>? rewriteAtRunEndOnly = null)
    {
        _directory = directory;
        _notices = notices;
        _ledger = ledger ?? TestRunLedger.Process;
        _previous = new Lazy<PreviousReport>(() => PreviousReport.Load(Path.Combine(directory(), JsonFileName)), LazyThreadSafetyMode.ExecutionAndPublication);
        _report = new RunReport<ExpectedFailureReportEntry>(directory, JournalFileName, WriteAggregates, diagnostics: diagnostics, journalDelay: RunReports.JournalDelay, rewriteAtRunEndOnly: rewriteAtRunEndOnly, journalLine: entry => Render(entry).Json);
    }

    /// <summary>Gets the process's report (in <see cref="SsotResultsDirectory.Resolve()"/>), as <see cref="RunNotices.Process"/> and the other per-process singletons are named.</summary>
    public static ExpectedFailureReport Process { get; } = new(SsotResultsDirectory.Resolve, notices: RunNotices.Process, rewriteAtRunEndOnly: RunReports.FlushedAtRunEnd);

    /// <summary>
    /// Notes that a test of the kit ran (whether or not it leaves an entry). An entry of an earlier run for this test
    /// is then replaced, or dropped when the test leaves none; the report is rewritten for that.
    /// </summary>
    public void Seen(string assemblyName, string className, string displayName)
    {
        _ledger.Note(assemblyName, className, displayName);
        PreviousReport previous = _previous.Value;
        if (previous.Assembly == assemblyName && previous.Keys.Contains(TestRunLedger.Key(className, displayName)))
        {
            _report.Touch();
        }
    }

    /// <summary>Records one outcome (journal within <see cref="RunReports.JournalDelay"/>, aggregated files soon).</summary>
    /// <returns><see langword="null"/>, or the line for the test's output when the journal could not be written (never throws for that).</returns>
    public string? Record(ExpectedFailureReportEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        _ = _previous.Value; // read before this run's first write replaces it
        string? unwritten = _report.Add(entry);
        if (unwritten is null && _notices is not null && Interlocked.Exchange(ref _announced, 1) == 0)
        {
            _notices.Add(ExpectedFailureFormatter.BacklogNotice(Path.Combine(_directory(), MarkdownFileName)));
        }

        return unwritten;
    }

    /// <summary>Rewrites the aggregated files now.</summary>
    public void Flush() => _report.Flush();

    /// <summary>This run's entries (the latest per test) followed by the earlier runs' entries whose test did not run.</summary>
    private (List<ExpectedFailureReportEntry> Entries, int Kept) Merge(IReadOnlyList<ExpectedFailureReportEntry> current)
    {
        var latest = new Dictionary<string, int>(StringComparer.Ordinal);
        var merged = new List<ExpectedFailureReportEntry>();
        foreach (ExpectedFailureReportEntry entry in current)
        {
            if (latest.TryGetValue(entry.Key, out int at))
            {
                merged[at] = entry;
            }
            else
            {
                latest[entry.Key] = merged.Count;
                merged.Add(entry);
            }
        }

        PreviousReport previous = _previous.Value;
        int kept = 0;
        if (previous.Assembly is not null && previous.Assembly == _ledger.AssemblyName)
        {
            foreach (ExpectedFailureReportEntry old in previous.Entries)
            {
                if (!latest.ContainsKey(old.Key) && !_ledger.HasRun(old.Key))
                {
                    latest[old.Key] = merged.Count;
                    merged.Add(old with { NotRunThisTime = true });
                    kept++;
                }
            }
        }

        return (merged, kept);
    }

    private void WriteAggregates(IReadOnlyList<ExpectedFailureReportEntry> current, string directory)
    {
        (List<ExpectedFailureReportEntry> entries, int kept) = Merge(current);
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (ExpectedFailureReportEntry entry in entries.Where(e => !e.NotRunThisTime))
        {
            counts[entry.Verdict] = counts.GetValueOrDefault(entry.Verdict) + 1;
        }

        string? assembly = _ledger.AssemblyName;
        string? unreadable = _previous.Value.Problem;
        string json = ReportJson.Write(
            w =>
            {
                w.WriteStartObject();
                w.WriteString("assembly", assembly);
                w.WriteBoolean("partial", kept > 0);
                w.WriteNumber("notRunThisTime", kept);
                w.WriteStartObject("counts");
                foreach (KeyValuePair<string, int> count in counts)
                {
                    w.WriteNumber(count.Key, count.Value);
                }

                w.WriteEndObject();
                w.WriteStartArray("entries");
                foreach (ExpectedFailureReportEntry entry in entries)
                {
                    ReportJson.WriteLine(w, Render(entry).Json);
                }

                w.WriteEndArray();
                w.WriteEndObject();
            },
            s_json.Encoder);
        AtomicFile.Write(Path.Combine(directory, JsonFileName), w =>
        {
            w.Write(json);
            w.Write('\n');
        });
        AtomicFile.Write(Path.Combine(directory, MarkdownFileName), w =>
        {
            w.Write("# Expected failures\n\n" + ExpectedFailureFormatter.RunNote(assembly, kept, unreadable) + "\n\n"
                + (counts.Count == 0 ? "No entry this run." : string.Join(", ", counts.Select(c => $"{c.Key}: {c.Value}")))
                + "\n\n| Verdict | Reported | Test | Reason | Issue | Deadline | Exception | This run |\n|---|---|---|---|---|---|---|---|\n");
            foreach (ExpectedFailureReportEntry entry in entries)
            {
                w.Write(Render(entry).MarkdownRow);
            }

            foreach (ExpectedFailureReportEntry entry in entries)
            {
                // The reported message as it is (a skip reason is already cut to its first lines).
                string message = entry.Message.Replace("\r", string.Empty, StringComparison.Ordinal).TrimEnd();
                if (message.Contains('\n', StringComparison.Ordinal))
                {
                    w.Write($"\n### {entry.DisplayName}\n\n```text\n{message.Replace("```", "` ` `", StringComparison.Ordinal)}\n```\n");
                }
            }
        });
    }

    private Rendered Render(ExpectedFailureReportEntry entry) =>
        _rendered.GetValue(entry, static e => new Rendered(JsonSerializer.Serialize(e, s_json), MarkdownRow(e)));

    private static string MarkdownRow(ExpectedFailureReportEntry e) =>
        $"| {Cell(e.Verdict)} | {Cell(e.Reported)} | {Cell(e.DisplayName)} | {Cell(e.Reason)} | {Cell(e.Issue)} | {Cell(e.Deadline)} | "
        + $"{Cell(e.ExceptionType is null ? null : $"{e.ExceptionType}: {ExpectedFailureFormatter.FirstLine(e.ExceptionMessage)}")} | {(e.NotRunThisTime ? ExpectedFailureFormatter.NotRunThisTime : "ran")} |\n";

    private static string Cell(string? text) =>
        string.IsNullOrEmpty(text) ? " " : MarkdownText.Escape(text);

    private sealed record Rendered(string Json, string MarkdownRow);

    /// <summary>The report an earlier run left in the folder: its assembly and entries (none when absent or unreadable).</summary>
    private sealed record PreviousReport(string? Assembly, IReadOnlyList<ExpectedFailureReportEntry> Entries, string? Problem)
    {
        public HashSet<string> Keys { get; } = new(Entries.Select(e => e.Key), StringComparer.Ordinal);

        public static PreviousReport Load(string path)
        {
            if (!File.Exists(path))
            {
                return new(null, [], null);
            }

            try
            {
                using var json = JsonDocument.Parse(File.ReadAllText(path));
                string? assembly = json.RootElement.TryGetProperty("assembly", out JsonElement a) && a.ValueKind == JsonValueKind.String ? a.GetString() : null;
                List<ExpectedFailureReportEntry> entries = json.RootElement.GetProperty("entries").Deserialize<List<ExpectedFailureReportEntry>>(s_json) ?? [];
                return new(assembly, entries.Where(e => e is { DisplayName: not null }).ToList(), null);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or InvalidOperationException or KeyNotFoundException)
            {
                return new(null, [], $"{path}: {ex.Message}");
            }
        }
    }
}
