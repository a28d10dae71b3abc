namespace Ssot.TestFramework.Common;

/// <summary>
/// Which tests ran in this process (every test run by the kit's attributes, and every <c>SsotBaseTestCase</c> that
/// recorded metrics), and the test assembly's name. The run reports use it to merge with the reports of earlier runs:
/// an earlier entry whose test ran this time and left no entry is dropped; one whose test did not run is kept and
/// marked "not run this time". Thread-safe.
/// </summary>
internal sealed class TestRunLedger
{
    private readonly object _lock = new();
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private string? _assembly;

    /// <summary>Gets the ledger of this process.</summary>
    public static TestRunLedger Process { get; } = new();

    /// <summary>Gets the name of the test assembly, once a test has run; <see langword="null"/> before.</summary>
    public string? AssemblyName
    {
        get
        {
            lock (_lock)
            {
                return _assembly;
            }
        }
    }

    /// <summary>The identity of a test across runs: its class and its display name (theory rows include their arguments).</summary>
    public static string Key(string className, string displayName) => className + "\u001f" + displayName;

    /// <summary>Notes that a test ran.</summary>
    /// <returns><see langword="true"/> the first time this test is noted.</returns>
    public bool Note(string assemblyName, string className, string displayName)
    {
        lock (_lock)
        {
            _assembly ??= assemblyName;
            return _seen.Add(Key(className, displayName));
        }
    }

    /// <summary>Whether the test with this <see cref="Key"/> ran in this process.</summary>
    public bool HasRun(string key)
    {
        lock (_lock)
        {
            return _seen.Contains(key);
        }
    }
}
