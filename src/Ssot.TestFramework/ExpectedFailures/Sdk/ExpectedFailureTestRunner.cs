using Ssot.TestFramework.Sdk;
using Xunit.Sdk;

namespace Ssot.TestFramework.ExpectedFailures.Sdk;

/// <summary>
/// Runs one test (one theory row) through <see cref="ExpectedFailureTestInvoker"/>, with the result-rewriting bus, and
/// tells <see cref="SsotCurrentTest"/> which test runs before its class is constructed.
/// </summary>
internal sealed class ExpectedFailureTestRunner(ExpectedFailureRun run, ExpectedFailureTestState state)
    : XunitTestRunner(run.Test, new ExpectedFailureMessageBus(run.MessageBus, state), run.TestClass, run.ConstructorArguments, run.TestMethod, run.TestMethodArguments, run.SkipReason, run.BeforeAfterAttributes, run.Aggregator, run.CancellationTokenSource)
{
    /// <summary>Called by xUnit right after <c>ITestStarting</c> is sent and before the test class is created; the value
    /// flows into the constructor and body and is restored when xUnit's <c>TestRunner.RunAsync</c> returns.</summary>
    protected override void AfterTestStarting()
    {
        base.AfterTestStarting();
        SsotCurrentTest.Value = Test;
    }

    protected override Task<decimal> InvokeTestMethodAsync(ExceptionAggregator aggregator) =>
        new ExpectedFailureTestInvoker(run with { MessageBus = MessageBus, Aggregator = aggregator }, state).RunAsync();
}
