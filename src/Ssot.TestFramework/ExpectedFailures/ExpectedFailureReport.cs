using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Ssot.TestFramework.Reports;

namespace Ssot.TestFramework.ExpectedFailures;

/// <summary>
/// The run report of expected failures, unexpected passes, overdue and not-run tests: <c>expected-failures.json</c> and
/// <c>expected-failures.md</c> in <see cref="SsotResultsDirectory.Resolve"/>. Thread-safe: every recorded entry rewrites
/// both aggregated files under one lock, through a temporary file moved into place, so nothing is lost if the process ends.
/// </summary>
internal sealed class ExpectedFailureReport
{
    public const string JsonFileName = "expected-failures.json";
    public const string MarkdownFileName = "expected-failures.md";

    private static readonly JsonSerializerOptions s_json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly Func<string> _directory;
    private readonly object _lock = new();
    private readonly List<ExpectedFailureReportEntry> _entries = [];
    private readonly StringBuilder _jsonItems = new();
    private readonly StringBuilder _markdownRows = new();

    public ExpectedFailureReport(Func<string> directory)
    {
        _directory = directory;
    }

    public static ExpectedFailureReport Shared { get; } = new(SsotResultsDirectory.Resolve);

    public IReadOnlyList<ExpectedFailureReportEntry> Entries
    {
        get
        {
            lock (_lock)
            {
                return _entries.ToArray();
            }
        }
    }

    public void Record(ExpectedFailureReportEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        lock (_lock)
        {
            _entries.Add(entry);
            _jsonItems.Append(_jsonItems.Length == 0 ? "\n    " : ",\n    ").Append(JsonSerializer.Serialize(entry, s_json));
            _markdownRows.Append("| ").Append(Cell(entry.Verdict)).Append(" | ").Append(Cell(entry.Reported))
                .Append(" | ").Append(Cell(entry.DisplayName)).Append(" | ").Append(Cell(entry.Reason))
                .Append(" | ").Append(Cell(entry.Issue)).Append(" | ").Append(Cell(entry.Deadline))
                .Append(" | ").Append(Cell(entry.ExceptionType is null ? null : $"{entry.ExceptionType}: {entry.ExceptionMessage}"))
                .Append(" |\n");
            string directory = _directory();
            Directory.CreateDirectory(directory);
            WriteAtomically(Path.Combine(directory, JsonFileName), BuildJson());
            WriteAtomically(Path.Combine(directory, MarkdownFileName), BuildMarkdown());
        }
    }

    private static string Cell(string? text) =>
        string.IsNullOrEmpty(text) ? " " : text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private static void WriteAtomically(string path, string content)
    {
        string temp = $"{path}.{Environment.ProcessId}.tmp";
        File.WriteAllText(temp, content, new UTF8Encoding(false));
        File.Move(temp, path, overwrite: true);
    }

    private string Counts() =>
        string.Join(", ", _entries.GroupBy(e => e.Verdict).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"\"{g.Key}\": {g.Count()}"));

    private string BuildJson() =>
        new StringBuilder()
            .Append("{\n  \"counts\": {").Append(Counts()).Append("},\n  \"entries\": [")
            .Append(_jsonItems).Append("\n  ]\n}\n").ToString();

    private string BuildMarkdown() =>
        new StringBuilder()
            .Append("# Expected failures\n\n")
            .Append(string.Join(", ", _entries.GroupBy(e => e.Verdict).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}: {g.Count()}")))
            .Append("\n\n| Verdict | Reported | Test | Reason | Issue | Deadline | Exception |\n|---|---|---|---|---|---|---|\n")
            .Append(_markdownRows).ToString();
}
