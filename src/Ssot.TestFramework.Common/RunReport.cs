using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Ssot.TestFramework.Common;

/// <summary>
/// A run report that grows by one entry per finished test: each entry is appended at once to a journal file (so nothing
/// is lost if the process ends abruptly), and the aggregated files are rewritten in the background, many entries per
/// write, a last time when the test run ends (<see cref="RunReports.FlushAll"/>, called by the kit's test framework
/// before xUnit reports the assembly finished: VSTest kills the test host about 100 ms after the run, so a rewrite left
/// to process exit can be cut short), and at process exit as a fallback.
/// </summary>
/// <typeparam name="TEntry">The entry type; serialised as one JSON line in the journal.</typeparam>
/// <remarks>
/// Thread-safe. Writing never changes a test's verdict: a file that cannot be written is reported through
/// <see cref="ReportWriteDiagnostics"/>. <see cref="Add"/> costs one short append whatever the report's size
/// (rewriting the aggregated files after every test would cost time proportional to the square of the number of tests). The journal belongs to one process:
/// it is started afresh by the first entry.
/// </remarks>
internal sealed class RunReport<TEntry>
{
    /// <summary>The background rewrites wait at least this many times as long as the last rewrite took.</summary>
    private const int RewriteShare = 20;

    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Func<string> _directory;
    private readonly string _journalFileName;
    private readonly Action<IReadOnlyList<TEntry>, string> _writeAggregates;
    private readonly ReportWriteDiagnostics _diagnostics;
    private readonly TimeSpan _delay;
    private readonly object _entriesLock = new();
    private readonly object _writeLock = new();
    private readonly List<TEntry> _entries = [];
    private string? _journalPath;
    private int _written;
    private int _touches;
    private int _scheduled;
    private long _lastRewriteTicks;

    /// <param name="directory">Resolves the folder (read at the first entry).</param>
    /// <param name="journalFileName">The journal's file name in that folder.</param>
    /// <param name="writeAggregates">Writes the aggregated files of the given entries into the given folder.</param>
    /// <param name="delay">How long a background rewrite waits to gather more entries.</param>
    /// <param name="diagnostics">Where a file that cannot be written is reported; default <see cref="ReportWriteDiagnostics.Process"/>.</param>
    public RunReport(Func<string> directory, string journalFileName, Action<IReadOnlyList<TEntry>, string> writeAggregates, TimeSpan? delay = null, ReportWriteDiagnostics? diagnostics = null)
    {
        _directory = directory;
        _diagnostics = diagnostics ?? ReportWriteDiagnostics.Process;
        _journalFileName = journalFileName;
        _writeAggregates = writeAggregates;
        _delay = delay ?? TimeSpan.FromMilliseconds(200);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => FlushQuietly();
        RunReports.Register(FlushQuietly);
    }

    public int Count
    {
        get
        {
            lock (_entriesLock)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>Records an entry: appends it to the journal now and schedules a rewrite of the aggregated files.</summary>
    /// <param name="entry">The entry.</param>
    /// <returns>
    /// <see langword="null"/> when the journal was written; otherwise the one line that says why not and what to do
    /// (<see cref="ReportWriteDiagnostics"/>), for the output of the test at hand. A journal that cannot be written
    /// never throws: the entry is kept in memory and written with the next entry that can be.
    /// </returns>
    public string? Add(TEntry entry)
    {
        string? failure = null;
        lock (_entriesLock)
        {
            _entries.Add(entry);
            string path = _journalPath ?? _journalFileName;
            try
            {
                path = _journalPath ?? Path.Combine(_directory(), _journalFileName);
                if (_journalPath is null)
                {
                    // The first journal write of the process; entries that arrived while it could not be written come first.
                    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                    using (var writer = new StreamWriter(path, append: false, s_utf8))
                    {
                        foreach (TEntry pending in _entries)
                        {
                            writer.Write(JsonSerializer.Serialize(pending) + "\n");
                        }
                    }

                    _journalPath = path;
                }
                else
                {
                    File.AppendAllText(path, JsonSerializer.Serialize(entry) + "\n", s_utf8);
                }
            }
            catch (Exception ex) when (ReportWriteDiagnostics.IsWriteFailure(ex))
            {
                failure = _diagnostics.Report(path, ex);
            }
        }

        if (failure is null)
        {
            Schedule();
        }

        return failure;
    }

    /// <summary>
    /// Asks for the aggregated files to be rewritten although no entry arrived (e.g. an entry kept from an earlier run
    /// must go because its test ran and left none). Writes no journal line.
    /// </summary>
    public void Touch()
    {
        lock (_entriesLock)
        {
            _touches++;
        }

        Schedule();
    }

    private void Schedule()
    {
        if (Interlocked.CompareExchange(ref _scheduled, 1, 0) == 0)
        {
            _ = Task.Run(async () =>
            {
                await Task.Delay(NextDelay()).ConfigureAwait(false);
                Volatile.Write(ref _scheduled, 0);
                FlushQuietly();
            });
        }
    }

    /// <summary>
    /// How long the next background rewrite waits: the configured delay, or <see cref="RewriteShare"/> times the last
    /// rewrite's duration when that is longer, so rewrites of a growing report take at most about 1/20 of one core
    /// while tests run (each rewrite writes every entry; at a fixed pace a run's rewrites would cost time proportional
    /// to the square of its tests). The journal, written at once, and the end-of-run flush are unaffected.
    /// </summary>
    private TimeSpan NextDelay()
    {
        TimeSpan throttled = Stopwatch.GetElapsedTime(0, Volatile.Read(ref _lastRewriteTicks) * RewriteShare);
        return throttled > _delay ? throttled : _delay;
    }

    /// <summary>Rewrites the aggregated files now if entries arrived since the last rewrite.</summary>
    public void Flush()
    {
        lock (_writeLock)
        {
            List<TEntry> snapshot;
            string? directory;
            int version;
            lock (_entriesLock)
            {
                version = _entries.Count + _touches;
                // Entries whose journal could not be written: the aggregates would fail the same way.
                if (version == _written || (_journalPath is null && _entries.Count > 0))
                {
                    return;
                }

                snapshot = [.. _entries];
                directory = _journalPath is null ? _directory() : Path.GetDirectoryName(_journalPath);
            }

            long started = Stopwatch.GetTimestamp();
            _writeAggregates(snapshot, directory!);
            _written = version;
            Volatile.Write(ref _lastRewriteTicks, Stopwatch.GetTimestamp() - started);
        }
    }

    /// <summary>Rewrites the aggregated files now if needed; a write failure is reported, never thrown.</summary>
    internal void FlushQuietly()
    {
        try
        {
            Flush();
        }
        catch (Exception ex) when (ReportWriteDiagnostics.IsWriteFailure(ex))
        {
            // The journal already holds every entry; say (once per process) why the aggregated files are behind.
            _diagnostics.Report(
                Path.GetDirectoryName(_journalPath) ?? _journalFileName,
                _journalPath is null ? ex.Message : $"{ex.Message} (the journal {_journalPath} has every entry)");
        }
    }
}
