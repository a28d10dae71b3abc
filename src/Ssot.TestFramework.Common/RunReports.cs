namespace Ssot.TestFramework.Common;

/// <summary>
/// Every <see cref="RunReport{TEntry}"/> of the process, so that the end of a test run can bring all their aggregated
/// files up to date at once, synchronously. Thread-safe.
/// </summary>
internal static class RunReports
{
    private static readonly object s_lock = new();
    private static readonly List<Action> s_flushes = [];

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
