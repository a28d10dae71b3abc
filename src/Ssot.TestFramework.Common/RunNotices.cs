namespace Ssot.TestFramework.Common;

/// <summary>
/// The lines a person must see once per run without a failing test: where the reports are, "baseline created",
/// "baseline tightened … commit it". Each distinct line is sent once per process (the xUnit adapter sends them as
/// diagnostic messages at the end of the run; <c>dotnet test</c> prints those at its default verbosity when
/// <c>xUnit.DiagnosticMessages</c> is on (the package turns it on, docs/expected-failures.md "Run-end summary").
/// Thread-safe.
/// </summary>
internal sealed class RunNotices
{
    private readonly object _lock = new();
    private readonly HashSet<string> _said = new(StringComparer.Ordinal);
    private readonly Queue<string> _pending = new();

    /// <summary>Gets the notices of this process.</summary>
    public static RunNotices Process { get; } = new();

    /// <summary>Queues a line, unless the same line was queued before in this process.</summary>
    public void Add(string line)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(line);
        lock (_lock)
        {
            if (_said.Add(line))
            {
                _pending.Enqueue(line);
            }
        }
    }

    /// <summary>Passes the queued lines to <paramref name="sink"/>, in the order they were added, and forgets them.</summary>
    public void SendTo(Action<string> sink)
    {
        ArgumentNullException.ThrowIfNull(sink);
        while (true)
        {
            string line;
            lock (_lock)
            {
                if (!_pending.TryDequeue(out line!))
                {
                    return;
                }
            }

            sink(line);
        }
    }
}
