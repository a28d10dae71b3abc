using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Ssot.TestFramework.Reports;

namespace Ssot.TestFramework.ExpectedFailures;

/// <summary>
/// The run report of expected failures, unexpected passes, overdue and not-run tests: <c>expected-failures.json</c> and
/// <c>expected-failures.md</c> in <see cref="SsotResultsDirectory.Resolve"/>.
/// </summary>
/// <remarks>
/// Thread-safe. Every <see cref="Record"/> returns only once both aggregated files on disk contain its entry: the whole
/// files are rewritten through one write lock, to a temporary file moved into place, so nothing is lost if the process
/// ends. When many tests finish at once, one rewrite covers every entry recorded so far (the others find their entry
/// already written). Entries are kept pre-rendered as UTF-8 so a rewrite is a plain copy of bytes.
/// </remarks>
internal sealed class ExpectedFailureReport
{
    public const string JsonFileName = "expected-failures.json";
    public const string MarkdownFileName = "expected-failures.md";

    private static readonly UTF8Encoding s_utf8 = new(false);
    private static readonly JsonSerializerOptions s_json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly Func<string> _directory;
    private readonly object _entriesLock = new();
    private readonly object _writeLock = new();
    private readonly List<ExpectedFailureReportEntry> _entries = [];
    private readonly SortedDictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly MemoryStream _jsonItems = new();
    private readonly MemoryStream _markdownRows = new();
    private long _version;
    private long _writtenVersion;

    public ExpectedFailureReport(Func<string> directory)
    {
        _directory = directory;
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

    public void Record(ExpectedFailureReportEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        long mine;
        lock (_entriesLock)
        {
            _entries.Add(entry);
            _counts[entry.Verdict] = _counts.GetValueOrDefault(entry.Verdict) + 1;
            Append(_jsonItems, (_jsonItems.Length == 0 ? "\n    " : ",\n    ") + JsonSerializer.Serialize(entry, s_json));
            Append(_markdownRows, MarkdownRow(entry));
            mine = ++_version;
        }

        lock (_writeLock)
        {
            if (_writtenVersion >= mine)
            {
                return;
            }

            // Appends never change bytes below a snapshot's length (a grown buffer is a copy), so the snapshot can be
            // written outside the entries lock while other tests keep recording.
            byte[] json, markdown;
            int jsonLength, markdownLength;
            string countsJson, countsText;
            long version;
            lock (_entriesLock)
            {
                json = _jsonItems.GetBuffer();
                jsonLength = (int)_jsonItems.Length;
                markdown = _markdownRows.GetBuffer();
                markdownLength = (int)_markdownRows.Length;
                countsJson = string.Join(", ", _counts.Select(c => $"\"{c.Key}\": {c.Value}"));
                countsText = string.Join(", ", _counts.Select(c => $"{c.Key}: {c.Value}"));
                version = _version;
            }

            string directory = _directory();
            Directory.CreateDirectory(directory);
            WriteAtomically(
                Path.Combine(directory, JsonFileName),
                "{\n  \"counts\": {" + countsJson + "},\n  \"entries\": [",
                json,
                jsonLength,
                "\n  ]\n}\n");
            WriteAtomically(
                Path.Combine(directory, MarkdownFileName),
                "# Expected failures\n\n" + countsText + "\n\n| Verdict | Reported | Test | Reason | Issue | Deadline | Exception |\n|---|---|---|---|---|---|---|\n",
                markdown,
                markdownLength,
                string.Empty);
            _writtenVersion = version;
        }
    }

    private static void Append(MemoryStream stream, string text)
    {
        byte[] bytes = s_utf8.GetBytes(text);
        stream.Write(bytes, 0, bytes.Length);
    }

    private static string MarkdownRow(ExpectedFailureReportEntry e) =>
        $"| {Cell(e.Verdict)} | {Cell(e.Reported)} | {Cell(e.DisplayName)} | {Cell(e.Reason)} | {Cell(e.Issue)} | {Cell(e.Deadline)} | "
        + $"{Cell(e.ExceptionType is null ? null : $"{e.ExceptionType}: {e.ExceptionMessage}")} |\n";

    private static string Cell(string? text) =>
        string.IsNullOrEmpty(text) ? " " : text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private static void WriteAtomically(string path, string header, byte[] body, int bodyLength, string footer)
    {
        string temp = $"{path}.{Environment.ProcessId}.tmp";
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            byte[] head = s_utf8.GetBytes(header);
            stream.Write(head, 0, head.Length);
            stream.Write(body, 0, bodyLength);
            byte[] foot = s_utf8.GetBytes(footer);
            stream.Write(foot, 0, foot.Length);
        }

        File.Move(temp, path, overwrite: true);
    }
}
