using Xunit.Abstractions;
using Xunit.Sdk;

namespace Ssot.TestFramework.Sdk;

/// <summary>
/// A message bus that knows the running test. When a test's <see cref="ITestStarting"/> passes, it makes the test
/// <see cref="SsotCurrentTest"/> (xUnit's <c>TestRunner.RunAsync</c> sends it synchronously on the test's flow and only
/// then creates the test class, so the value flows into the constructor); when that test's <see cref="ITestFailed"/>
/// passes, on the same flow, it puts the test's failure line (<see cref="SsotRunningTest.ShowOnFailure"/>) first in the
/// failure's output (an expected failure, whose body failed but whose result is a pass until it is rewritten, gets the
/// line from <c>ExpectedFailureMessageBus</c>). Used twice on one path without harm: by the kit's test runner (innermost, so an expected failure's
/// skip reason carries the line) and by <see cref="SsotTestFramework"/>'s assembly bus; the second reuses the first's
/// record of the test, and the line is taken once.
/// </summary>
/// <remarks>Owns <paramref name="inner"/>: disposing this bus disposes it. Thread-safe, as xUnit requires.</remarks>
/// <param name="inner">The bus every message is passed on to.</param>
internal sealed class CurrentTestBus(IMessageBus inner) : IMessageBus
{
    /// <inheritdoc />
    public bool QueueMessage(IMessageSinkMessage message)
    {
        if (message is ITestStarting starting)
        {
            if (!ReferenceEquals(SsotCurrentTest.Value?.Test, starting.Test))
            {
                SsotCurrentTest.Value = new SsotRunningTest(starting.Test);
            }
        }
        else if (message is ITestFailed failed && SsotCurrentTest.OutputWithFailureLine(failed.Test, failed.Output) is { } output)
        {
            message = new TestFailed(failed.Test, failed.ExecutionTime, output, failed.ExceptionTypes, failed.Messages, failed.StackTraces, failed.ExceptionParentIndices);
        }

        return inner.QueueMessage(message);
    }

    /// <inheritdoc />
    public void Dispose() => inner.Dispose();
}
