using System.Collections.Concurrent;

namespace Ssot.TestFramework.Fixtures.Tests.Suites.Managers;

/// <summary>A deliberately shared service (like an ILogger): allowed by the suites' allow-list.</summary>
public sealed class SharedLogger
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public void Log(string line) => Lines.Enqueue(line);
}
