using System.Text;
using System.Text.Json;

namespace Ssot.TestFramework.Common;

/// <summary>
/// A run report that grows by one entry per finished test: each entry is appended at once to a journal file (so nothing
/// is lost if the process ends abruptly), and the aggregated files are rewritten in the background, many entries per
/// write, and a last time when the process exits.
/// </summary>
/// <typeparam name="TEntry">The entry type; serialised as one JSON line in the journal.</typeparam>
/// <remarks>
/// Thread-safe. <see cref="Add"/> costs one short append whatever the report's size (rewriting the aggregated files after
/// every test would cost time proportional to the square of the number of tests). The journal belongs to one process:
/// it is started afresh by the first entry.
/// </remarks>
internal sealed class RunReport<TEntry>
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Func<string> _directory;
    private readonly string _journalFileName;
    private readonly Action<IReadOnlyList<TEntry>, string> _writeAggregates;
    private readonly TimeSpan _delay;
    private readonly object _entriesLock = new();
    private readonly object _writeLock = new();
    private readonly List<TEntry> _entries = [];
    private string? _journalPath;
    private int _written;
    private int _scheduled;

    /// <param name="directory">Resolves the folder (read at the first entry).</param>
    /// <param name="journalFileName">The journal's file name in that folder.</param>
    /// <param name="writeAggregates">Writes the aggregated files of the given entries into the given folder.</param>
    /// <param name="delay">How long a background rewrite waits to gather more entries.</param>
    public RunReport(Func<string> directory, string journalFileName, Action<IReadOnlyList<TEntry>, string> writeAggregates, TimeSpan? delay = null)
    {
        _directory = directory;
        _journalFileName = journalFileName;
        _writeAggregates = writeAggregates;
        _delay = delay ?? TimeSpan.FromMilliseconds(200);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => FlushQuietly();
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
    /// <exception cref="IOException">The journal cannot be written; the message names the file and the way out.</exception>
    public void Add(TEntry entry)
    {
        string line = JsonSerializer.Serialize(entry) + "\n";
        lock (_entriesLock)
        {
            string path = _journalPath ?? Path.Combine(_directory(), _journalFileName);
            try
            {
                if (_journalPath is null)
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                    File.WriteAllText(path, line, s_utf8);
                    _journalPath = path;
                }
                else
                {
                    File.AppendAllText(path, line, s_utf8);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new IOException(
                    $"Could not write the run report '{path}': {ex.Message} Make the folder writable or point {SsotResultsDirectory.EnvironmentVariable} at one that is.",
                    ex);
            }

            _entries.Add(entry);
        }

        if (Interlocked.CompareExchange(ref _scheduled, 1, 0) == 0)
        {
            _ = Task.Run(async () =>
            {
                await Task.Delay(_delay).ConfigureAwait(false);
                Volatile.Write(ref _scheduled, 0);
                FlushQuietly();
            });
        }
    }

    /// <summary>Rewrites the aggregated files now if entries arrived since the last rewrite.</summary>
    public void Flush()
    {
        lock (_writeLock)
        {
            List<TEntry> snapshot;
            string? directory;
            lock (_entriesLock)
            {
                if (_entries.Count == _written || _journalPath is null)
                {
                    return;
                }

                snapshot = [.. _entries];
                directory = Path.GetDirectoryName(_journalPath);
            }

            _writeAggregates(snapshot, directory!);
            _written = snapshot.Count;
        }
    }

    private void FlushQuietly()
    {
        try
        {
            Flush();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The journal already holds every entry; say why the aggregated files are behind.
            Console.Error.WriteLine($"[Ssot.TestFramework] run report not rewritten (the journal {_journalPath} has every entry): {ex.Message}");
        }
    }
}
