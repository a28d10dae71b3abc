using System.Collections.Concurrent;

namespace Ssot.TestFramework.Common;

/// <summary>
/// Which tests ran in this process (every test run by the kit's attributes, and every <c>SsotBaseTestCase</c> that
/// recorded metrics), and the test assembly's name. The run reports use it to merge with the reports of earlier runs:
/// an earlier entry whose test ran this time and left no entry is dropped; one whose test did not run is kept and
/// marked "not run this time". Thread-safe.
/// </summary>
internal sealed class TestRunLedger
{
    // Every finishing test notes itself: a concurrent set, so tests finishing on several threads do not queue on one lock.
    private readonly ConcurrentDictionary<string, byte> _seen = new(StringComparer.Ordinal);
    private string? _assembly;

    /// <summary>Gets the ledger of this process.</summary>
    public static TestRunLedger Process { get; } = new();

    /// <summary>Gets the name of the test assembly, once a test has run; <see langword="null"/> before.</summary>
    public string? AssemblyName => Volatile.Read(ref _assembly);

    /// <summary>The identity of a test across runs: its class and its display name (theory rows include their arguments).</summary>
    public static string Key(string className, string displayName) => className + "\u001f" + displayName;

    /// <summary>Notes that a test ran.</summary>
    /// <returns><see langword="true"/> the first time this test is noted.</returns>
    public bool Note(string assemblyName, string className, string displayName)
    {
        // The first assembly noted is the ledger's (one test assembly per process).
        Interlocked.CompareExchange(ref _assembly, assemblyName, null);
        return _seen.TryAdd(Key(className, displayName), 0);
    }

    /// <summary>Whether the test with this <see cref="Key"/> ran in this process.</summary>
    public bool HasRun(string key) => _seen.ContainsKey(key);
}
