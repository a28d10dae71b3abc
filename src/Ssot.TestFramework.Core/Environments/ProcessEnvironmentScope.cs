using System.Collections.Concurrent;

namespace Ssot.TestFramework.Environments;

/// <summary>
/// Sets real process environment variables for code that must read them from the process, and restores the
/// exact previous values (including "was unset") when disposed.
/// </summary>
/// <remarks>
/// The process environment is shared by every test running in parallel. To keep tests independent, a scope holds a
/// process-wide lock on each variable it sets until it is disposed: a second test that sets the same variable waits
/// (up to <see cref="LockTimeout"/>) instead of overwriting it. Different variables do not wait for each other.
/// Instances are thread-safe; dispose each scope once, at the end of the test that made it.
/// </remarks>
public sealed class ProcessEnvironmentScope : IDisposable
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> s_locks =
        new(OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);

    private readonly object _gate = new();
    private readonly List<(string Name, string? Previous)> _owned = [];
    private bool _disposed;

    /// <summary>Initializes a new scope.</summary>
    /// <param name="owner">A name for the owner (usually the test's display name), used in timeout messages.</param>
    public ProcessEnvironmentScope(string owner)
    {
        ArgumentNullException.ThrowIfNull(owner);
        Owner = owner;
    }

    /// <summary>Gets or sets how long <see cref="Set"/> waits for another scope that holds the same variable. Default: 60 seconds.</summary>
    public TimeSpan LockTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Gets the owner's name given at construction.</summary>
    public string Owner { get; }

    /// <summary>Gets the names this scope has set, in the order they were first set.</summary>
    public IReadOnlyList<string> Names
    {
        get
        {
            lock (_gate)
            {
                return _owned.Select(o => o.Name).ToList();
            }
        }
    }

    /// <summary>Sets a process environment variable until this scope is disposed.</summary>
    /// <param name="name">The variable's name.</param>
    /// <param name="value">The value; <see langword="null"/> unsets the variable.</param>
    /// <exception cref="TimeoutException">Another scope held the variable for longer than <see cref="LockTimeout"/>.</exception>
    /// <exception cref="ObjectDisposedException">The scope was disposed.</exception>
    public void Set(string name, string? value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_owned.Exists(o => string.Equals(o.Name, name, StringComparison.Ordinal)))
            {
                Environment.SetEnvironmentVariable(name, value);
                return;
            }
        }

        SemaphoreSlim variableLock = s_locks.GetOrAdd(name, _ => new SemaphoreSlim(1, 1));
        if (!variableLock.Wait(LockTimeout))
        {
            throw new TimeoutException(
                $"'{Owner}' waited {LockTimeout.TotalSeconds:0} s for process environment variable '{name}', which another test still holds through SetProcessEnvironmentVariable. " +
                "Use the per-test overlay where the code under test can take a Func<string, string?> (pass Env.Get), or shorten the other test.");
        }

        lock (_gate)
        {
            if (_disposed)
            {
                variableLock.Release();
                throw new ObjectDisposedException(nameof(ProcessEnvironmentScope));
            }

            _owned.Add((name, Environment.GetEnvironmentVariable(name)));
            Environment.SetEnvironmentVariable(name, value);
        }
    }

    /// <summary>Restores every variable to its value before the first <see cref="Set"/>, last set first, and releases the locks.</summary>
    public void Dispose()
    {
        List<(string Name, string? Previous)> owned;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            owned = [.. _owned];
            _owned.Clear();
        }

        for (int i = owned.Count - 1; i >= 0; i--)
        {
            (string name, string? previous) = owned[i];
            try
            {
                Environment.SetEnvironmentVariable(name, previous);
            }
            finally
            {
                s_locks[name].Release();
            }
        }
    }
}
