using System.Runtime.ExceptionServices;

namespace Ssot.TestFramework.Sdk;

/// <summary>
/// Callbacks run last-in-first-out; a callback that throws does not stop the others, and every failure is
/// returned so the test can fail with all of them.
/// </summary>
/// <remarks>Thread-safe for <see cref="Push(string, Func{Task})"/>; <see cref="RunAsync"/> runs once.</remarks>
internal sealed class CleanupStack
{
    private readonly object _gate = new();
    private readonly Stack<(string Name, Func<Task> Callback)> _callbacks = new();

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _callbacks.Count;
            }
        }
    }

    public void Push(string name, Func<Task> callback)
    {
        lock (_gate)
        {
            _callbacks.Push((name, callback));
        }
    }

    public async Task<IReadOnlyList<Exception>> RunAsync()
    {
        var failures = new List<Exception>();
        while (true)
        {
            (string Name, Func<Task> Callback) next;
            lock (_gate)
            {
                if (!_callbacks.TryPop(out next))
                {
                    break;
                }
            }

            try
            {
                await next.Callback().ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                failures.Add(new SsotCleanupException($"Cleanup '{next.Name}' failed: {ex.GetType().FullName}: {ex.Message}", ex));
            }
        }

        return failures;
    }

    public static void Throw(IReadOnlyList<Exception> failures)
    {
        if (failures.Count == 1)
        {
            ExceptionDispatchInfo.Capture(failures[0]).Throw();
        }

        if (failures.Count > 1)
        {
            string lines = string.Join(Environment.NewLine, failures.Select((f, i) => $"  {i + 1}. {f.Message}"));
            throw new AggregateException($"{failures.Count} steps at the end of the test failed:{Environment.NewLine}{lines}", failures);
        }
    }
}
