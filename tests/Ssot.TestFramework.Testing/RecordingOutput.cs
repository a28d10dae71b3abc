using System.Collections.Concurrent;

namespace Ssot.TestFramework.Testing;

/// <summary>An output helper that keeps every line, for asserting what the kit wrote.</summary>
public sealed class RecordingOutput : ITestOutputHelper
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyList<string> Lines => _lines.ToArray();

    public void WriteLine(string message) => _lines.Enqueue(message);

    public void WriteLine(string format, params object[] args) => _lines.Enqueue(string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args));
}
