using Xunit.Abstractions;

namespace Ssot.TestFramework.Sdk;

/// <summary>
/// One running test as <see cref="CurrentTestBus"/> saw it start, and the line the kit shows in its output only if it
/// fails (the seed and how to replay it): a passing test pays no output message for it.
/// </summary>
/// <remarks>Thread-safe: the test sets the line on its own flow; the bus takes it once, when the test's result passes.</remarks>
internal sealed class SsotRunningTest
{
    private string? _failureLine;

    /// <summary>Initializes the record of <paramref name="test"/>.</summary>
    /// <param name="test">The test that starts.</param>
    public SsotRunningTest(ITest test)
    {
        ArgumentNullException.ThrowIfNull(test);
        Test = test;
    }

    /// <summary>Gets the test.</summary>
    public ITest Test { get; }

    /// <summary>Sets the line put first in the test's output if the test fails (the last call wins).</summary>
    /// <param name="line">The line, without a line end.</param>
    public void ShowOnFailure(string line) => Volatile.Write(ref _failureLine, line);

    /// <summary>Takes the line set by <see cref="ShowOnFailure"/>, once: later calls return <see langword="null"/>.</summary>
    public string? TakeFailureLine() => Interlocked.Exchange(ref _failureLine, null);
}
