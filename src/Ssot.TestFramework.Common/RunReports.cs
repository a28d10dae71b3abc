namespace Ssot.TestFramework.Common;

/// <summary>
/// Every <see cref="RunReport{TEntry}"/> of the process, so that the end of a test run can bring all their aggregated
/// files up to date at once, synchronously. Thread-safe.
/// </summary>
internal static class RunReports
{
    /// <summary>
    /// How long a process report's journal writer gathers entries before it appends them in one write: the one journal
    /// policy of the kit's reports (metrics and expected failures). A test never waits for the disk; if the process ends
    /// abruptly, at most this much of the last entries is missing from the journal.
    /// </summary>
    public static readonly TimeSpan JournalDelay = TimeSpan.FromMilliseconds(50);

    private static readonly object s_lock = new();
    private static readonly List<Action> s_flushes = [];
    private static int s_flushedAtRunEnd;

    /// <summary>Whether this process's test run ends with <see cref="FlushAll"/> (the kit's test framework said so with
    /// <see cref="ExpectFlushAtRunEnd"/>): the process's reports then rewrite their aggregated files only at the run's
    /// end, which keeps that work off the tests' time. Default <see langword="false"/>.</summary>
    public static bool FlushedAtRunEnd() => Volatile.Read(ref s_flushedAtRunEnd) == 1;

    /// <summary>Called by a test framework that calls <see cref="FlushAll"/> when its run ends, before any test runs.</summary>
    public static void ExpectFlushAtRunEnd() => Volatile.Write(ref s_flushedAtRunEnd, 1);

    /// <summary>Adds a report's flush (called by its constructor).</summary>
    public static void Register(Action flush)
    {
        lock (s_lock)
        {
            s_flushes.Add(flush);
        }
    }

    /// <summary>Rewrites every report's aggregated files that are behind, now; never throws for a file that cannot be written.</summary>
    public static void FlushAll()
    {
        Action[] flushes;
        lock (s_lock)
        {
            flushes = [.. s_flushes];
        }

        foreach (Action flush in flushes)
        {
            flush();
        }
    }
}
