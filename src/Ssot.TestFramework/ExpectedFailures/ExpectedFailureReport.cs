using Ssot.TestFramework.Common;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Ssot.TestFramework.ExpectedFailures;

/// <summary>
/// The run report of expected failures, unexpected passes, overdue and not-run tests: <c>expected-failures.json</c> and
/// <c>expected-failures.md</c> in <see cref="SsotResultsDirectory.Resolve()"/>.
/// </summary>
/// <remarks>
/// Thread-safe. Each entry is appended at once to <c>expected-failures.journal.jsonl</c>, so none is lost if the process
/// ends abruptly; the aggregated files are rewritten in the background and when the process exits (see
/// <see cref="RunReport{TEntry}"/>).
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
    private readonly object _entriesLock = new();
    private readonly List<ExpectedFailureReportEntry> _entries = [];

    public ExpectedFailureReport(Func<string> directory, ReportWriteDiagnostics? diagnostics = null)
    {
        _report = new RunReport<ExpectedFailureReportEntry>(directory, JournalFileName, WriteAggregates, diagnostics: diagnostics);
    }

    public static ExpectedFailureReport Shared { get; } = new(SsotResultsDirectory.Resolve);

    public IReadOnlyList<ExpectedFailureReportEntry> Entries
    {
        get
        {
            lock (_entriesLock)
            {
                return _entries.ToArray();
            }
        }
    }

    /// <summary>Records one outcome (journal now, aggregated files soon).</summary>
    /// <returns><see langword="null"/>, or the line for the test's output when the journal could not be written (never throws for that).</returns>
    public string? Record(ExpectedFailureReportEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        lock (_entriesLock)
        {
            _entries.Add(entry);
        }

        return _report.Add(entry);
    }

    /// <summary>Rewrites the aggregated files now.</summary>
    public void Flush() => _report.Flush();

    private static void WriteAggregates(IReadOnlyList<ExpectedFailureReportEntry> entries, string directory)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (ExpectedFailureReportEntry entry in entries)
        {
            counts[entry.Verdict] = counts.GetValueOrDefault(entry.Verdict) + 1;
        }

        AtomicFile.Write(Path.Combine(directory, JsonFileName), w =>
        {
            w.Write("{\n  \"counts\": {" + string.Join(", ", counts.Select(c => $"\"{c.Key}\": {c.Value}")) + "},\n  \"entries\": [");
            for (int i = 0; i < entries.Count; i++)
            {
                w.Write((i == 0 ? "\n    " : ",\n    ") + JsonSerializer.Serialize(entries[i], s_json));
            }

            w.Write("\n  ]\n}\n");
        });
        AtomicFile.Write(Path.Combine(directory, MarkdownFileName), w =>
        {
            w.Write("# Expected failures\n\n" + string.Join(", ", counts.Select(c => $"{c.Key}: {c.Value}")) + "\n\n| Verdict | Reported | Test | Reason | Issue | Deadline | Exception |\n|---|---|---|---|---|---|---|\n");
            foreach (ExpectedFailureReportEntry entry in entries)
            {
                w.Write(MarkdownRow(entry));
            }
        });
    }

    private static string MarkdownRow(ExpectedFailureReportEntry e) =>
        $"| {Cell(e.Verdict)} | {Cell(e.Reported)} | {Cell(e.DisplayName)} | {Cell(e.Reason)} | {Cell(e.Issue)} | {Cell(e.Deadline)} | "
        + $"{Cell(e.ExceptionType is null ? null : $"{e.ExceptionType}: {e.ExceptionMessage}")} |\n";

    private static string Cell(string? text) =>
        string.IsNullOrEmpty(text) ? " " : text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
