using Ssot.TestFramework.Sdk;
using Xunit.Sdk;

namespace Ssot.TestFramework.ExpectedFailures.Sdk;

/// <summary>
/// Runs one test (one theory row) through <see cref="ExpectedFailureTestInvoker"/>, with the result-rewriting bus behind
/// a <see cref="CurrentTestBus"/> (which tells <see cref="SsotCurrentTest"/> which test runs before its class is
/// constructed, and puts the seed line into a failure before the result is rewritten).
/// </summary>
internal sealed class ExpectedFailureTestRunner(ExpectedFailureRun run, ExpectedFailureTestState state)
    : XunitTestRunner(run.Test, new CurrentTestBus(new ExpectedFailureMessageBus(run.MessageBus, state)), run.TestClass, run.ConstructorArguments, run.TestMethod, run.TestMethodArguments, run.SkipReason, run.BeforeAfterAttributes, run.Aggregator, run.CancellationTokenSource)
{
    protected override Task<decimal> InvokeTestMethodAsync(ExceptionAggregator aggregator) =>
        new ExpectedFailureTestInvoker(run with { MessageBus = MessageBus, Aggregator = aggregator }, state).RunAsync();
}
