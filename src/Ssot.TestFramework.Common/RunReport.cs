using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Ssot.TestFramework.Common;

/// <summary>
/// A run report that grows by one entry per finished test: each entry is appended to a journal file (so nothing is lost
/// if the process ends abruptly), at once or, when the report batches its journal, by a background writer a few
/// milliseconds later, many entries per append. The aggregated files are rewritten in the background, many entries per
/// write (unless the run's end is known to rewrite them, <see cref="RunReports.FlushedAtRunEnd"/>), a last time when the test run ends (<see cref="RunReports.FlushAll"/>, called by the kit's test framework
/// before xUnit reports the assembly finished: VSTest kills the test host about 100 ms after the run, so a rewrite left
/// to process exit can be cut short), and at process exit as a fallback; each flush appends the queued journal entries first.
/// </summary>
/// <typeparam name="TEntry">The entry type; serialised as one JSON line in the journal.</typeparam>
/// <remarks>
/// Thread-safe. Writing never changes a test's verdict: a file that cannot be written is reported through
/// <see cref="ReportWriteDiagnostics"/>. <see cref="Add"/> costs one short append whatever the report's size, or with a
/// batched journal only a queue insertion (rewriting the aggregated files after every test would cost time proportional
/// to the square of the number of tests). The journal belongs to one process: it is started afresh by the first entry.
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
    private readonly TimeSpan? _journalDelay;
    private readonly Func<bool>? _rewriteAtRunEndOnly;
    private readonly Func<TEntry, string> _journalLine;
    private readonly object _entriesLock = new();
    private readonly object _journalLock = new();
    private readonly object _writeLock = new();
    private readonly List<TEntry> _entries = [];
    private List<TEntry> _unjournaled = [];
    private string? _journalPath;
    private bool _journalFailing;
    private int _written;
    private int _touches;
    private int _scheduled;
    private long _lastRewriteTicks;
    private int _journalScheduled;

    /// <param name="directory">Resolves the folder (read at the first entry).</param>
    /// <param name="journalFileName">The journal's file name in that folder.</param>
    /// <param name="writeAggregates">Writes the aggregated files of the given entries into the given folder.</param>
    /// <param name="delay">How long a background rewrite waits to gather more entries; a rewrite also waits at least
    /// <see cref="RewriteShare"/> times as long as the previous one took, so rewriting a large report takes at most a
    /// twentieth of one core.</param>
    /// <param name="diagnostics">Where a file that cannot be written is reported; default <see cref="ReportWriteDiagnostics.Process"/>.</param>
    /// <param name="journalDelay"><see langword="null"/> (default): <see cref="Add"/> appends to the journal before it
    /// returns. Otherwise <see cref="Add"/> only queues the entry, and a background writer appends what was queued in
    /// one write, this long after the first entry of the batch (the first entry of the process, and every entry while
    /// the journal cannot be written, are still written before <see cref="Add"/> returns).</param>
    /// <param name="rewriteAtRunEndOnly">Asked before each background rewrite would be scheduled; <see langword="true"/>:
    /// none is, because the end of the run rewrites the aggregated files anyway (the journal stays current). Default
    /// <see langword="null"/>: background rewrites always. The process's reports pass <see cref="RunReports.FlushedAtRunEnd"/>.</param>
    /// <param name="journalLine">Renders an entry's journal line: one JSON value without line breaks. Default
    /// <see langword="null"/>: <see cref="JsonSerializer"/> with its default options.</param>
    public RunReport(Func<string> directory, string journalFileName, Action<IReadOnlyList<TEntry>, string> writeAggregates, TimeSpan? delay = null, ReportWriteDiagnostics? diagnostics = null, TimeSpan? journalDelay = null, Func<bool>? rewriteAtRunEndOnly = null, Func<TEntry, string>? journalLine = null)
    {
        _journalLine = journalLine ?? (static entry => JsonSerializer.Serialize(entry));
        _rewriteAtRunEndOnly = rewriteAtRunEndOnly;
        _directory = directory;
        _diagnostics = diagnostics ?? ReportWriteDiagnostics.Process;
        _journalFileName = journalFileName;
        _writeAggregates = writeAggregates;
        _delay = delay ?? TimeSpan.FromMilliseconds(200);
        _journalDelay = journalDelay;
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

    /// <summary>Records an entry: appends it to the journal (now, or soon in a batch) and schedules a rewrite of the aggregated files.</summary>
    /// <param name="entry">The entry.</param>
    /// <returns>
    /// <see langword="null"/> when the journal was written or the entry was queued for it; otherwise the one line that
    /// says why not and what to do (<see cref="ReportWriteDiagnostics"/>), for the output of the test at hand. A journal
    /// that cannot be written never throws: the entry is kept in memory and written with the next entry that can be.
    /// </returns>
    public string? Add(TEntry entry)
    {
        bool queue;
        lock (_entriesLock)
        {
            _entries.Add(entry);
            _unjournaled.Add(entry);
            queue = _journalDelay is not null && _journalPath is not null && !_journalFailing;
        }

        string? failure = null;
        if (queue)
        {
            ScheduleJournal();
        }
        else
        {
            failure = WriteJournal();
        }

        if (failure is null)
        {
            Schedule();
        }

        return failure;
    }

    /// <summary>Appends every queued entry to the journal (the process's first write starts it afresh).</summary>
    /// <returns><see langword="null"/>, or the line saying why the journal could not be written (the entries stay queued).</returns>
    private string? WriteJournal()
    {
        lock (_journalLock)
        {
            List<TEntry> batch;
            lock (_entriesLock)
            {
                if (_unjournaled.Count == 0)
                {
                    return null;
                }

                batch = _unjournaled;
                _unjournaled = [];
            }

            string path = _journalPath ?? _journalFileName;
            try
            {
                path = _journalPath ?? Path.Combine(_directory(), _journalFileName);
                var text = new StringBuilder();
                foreach (TEntry pending in batch)
                {
                    text.Append(_journalLine(pending)).Append('\n');
                }

                if (_journalPath is null)
                {
                    // The first journal write of the process; entries that arrived while it could not be written come first.
                    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                    File.WriteAllText(path, text.ToString(), s_utf8);
                }
                else
                {
                    File.AppendAllText(path, text.ToString(), s_utf8);
                }

                lock (_entriesLock)
                {
                    _journalPath = path;
                    _journalFailing = false;
                }

                return null;
            }
            catch (Exception ex) when (ReportWriteDiagnostics.IsWriteFailure(ex))
            {
                lock (_entriesLock)
                {
                    batch.AddRange(_unjournaled);
                    _unjournaled = batch;
                    _journalFailing = true;
                }

                return _diagnostics.Report(path, ex);
            }
        }
    }

    private void ScheduleJournal()
    {
        if (Interlocked.CompareExchange(ref _journalScheduled, 1, 0) == 0)
        {
            _ = Task.Run(async () =>
            {
                await Task.Delay(_journalDelay!.Value).ConfigureAwait(false);
                Volatile.Write(ref _journalScheduled, 0);

                // A failure is reported on stderr once per process; the next Add writes synchronously and gives its test the line.
                _ = WriteJournal();
            });
        }
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
        if (_rewriteAtRunEndOnly?.Invoke() != true && Interlocked.CompareExchange(ref _scheduled, 1, 0) == 0)
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

    /// <summary>Appends the queued entries to the journal, then rewrites the aggregated files now if entries arrived since the last rewrite.</summary>
    public void Flush()
    {
        _ = WriteJournal(); // a failure is reported (once per process) by the diagnostics channel
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
