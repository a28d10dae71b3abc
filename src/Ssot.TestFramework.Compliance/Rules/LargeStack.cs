using System.Runtime.ExceptionServices;

namespace Ssot.TestFramework.Compliance.Rules;

/// <summary>
/// Runs work on dedicated threads with a stack of a chosen size instead of the thread pool's (whose size depends on the
/// platform, and on whether the calling thread joins in), so how deep Roslyn can recurse is the same on every run.
/// The first exception a body throws is rethrown on the calling thread, as <see cref="Parallel.ForEach{TSource}(IEnumerable{TSource}, Action{TSource})"/> would.
/// </summary>
internal static class LargeStack
{
    /// <summary>Runs <paramref name="body"/> once per item, on up to <see cref="Environment.ProcessorCount"/> threads of <paramref name="stackBytes"/>.</summary>
    public static void ForEach<T>(IReadOnlyList<T> items, int stackBytes, Action<T> body)
    {
        if (items.Count == 0)
        {
            return;
        }

        int next = -1;
        ExceptionDispatchInfo? failure = null;
        void Work()
        {
            try
            {
                int i;
                while (Volatile.Read(ref failure) is null && (i = Interlocked.Increment(ref next)) < items.Count)
                {
                    body(items[i]);
                }
            }
            catch (Exception ex)
            {
                Interlocked.CompareExchange(ref failure, ExceptionDispatchInfo.Capture(ex), null);
            }
        }

        Thread[] threads = Enumerable.Range(0, Math.Min(Environment.ProcessorCount, items.Count))
            .Select(_ => new Thread(Work, stackBytes) { IsBackground = true, Name = "ssot-scan" })
            .ToArray();
        foreach (Thread thread in threads)
        {
            thread.Start();
        }

        foreach (Thread thread in threads)
        {
            thread.Join();
        }

        failure?.Throw();
    }

    /// <summary>Runs <paramref name="body"/> on one thread of <paramref name="stackBytes"/> and returns its result.</summary>
    public static TResult Run<TResult>(int stackBytes, Func<TResult> body)
    {
        TResult result = default!;
        ForEach([0], stackBytes, _ => result = body());
        return result;
    }
}
