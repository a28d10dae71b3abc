using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Ssot.TestFramework.ExpectedFailures.Sdk;

// The two test case runners differ only in their xUnit base (one test, or one test per row enumerated at run time);
// each overrides xUnit's two hooks with one line that hands over to the shared ExpectedFailureTests.

/// <summary>Runs an <see cref="ExpectedFailureTestCase"/> that is a fact or a pre-enumerated theory row: one test.</summary>
internal sealed class ExpectedFailureTestCaseRunner(ExpectedFailureTests tests, string displayName, string skipReason, object[] constructorArguments, IMessageBus messageBus, ExceptionAggregator aggregator, CancellationTokenSource cancellationTokenSource)
    : XunitTestCaseRunner(tests.TestCase, displayName, skipReason, constructorArguments, tests.TestCase.TestMethodArguments, messageBus, aggregator, cancellationTokenSource)
{
    protected override XunitTestRunner CreateTestRunner(ITest test, IMessageBus messageBus, Type testClass, object[] constructorArguments, MethodInfo testMethod, object[] testMethodArguments, string skipReason, IReadOnlyList<BeforeAfterTestAttribute> beforeAfterAttributes, ExceptionAggregator aggregator, CancellationTokenSource cancellationTokenSource) => tests.CreateRunner(new(test, messageBus, testClass, constructorArguments, testMethod, testMethodArguments, skipReason, beforeAfterAttributes, aggregator, cancellationTokenSource));

    protected override async Task<RunSummary> RunTestAsync() => tests.Adjust(await base.RunTestAsync().ConfigureAwait(false));
}

/// <summary>Runs an <see cref="ExpectedFailureTheoryTestCase"/>: rows known only at run time, one test (and outcome) per row.</summary>
internal sealed class ExpectedFailureTheoryTestCaseRunner(ExpectedFailureTests tests, string displayName, string skipReason, object[] constructorArguments, IMessageSink diagnosticMessageSink, IMessageBus messageBus, ExceptionAggregator aggregator, CancellationTokenSource cancellationTokenSource)
    : XunitTheoryTestCaseRunner(tests.TestCase, displayName, skipReason, constructorArguments, diagnosticMessageSink, messageBus, aggregator, cancellationTokenSource)
{
    protected override XunitTestRunner CreateTestRunner(ITest test, IMessageBus messageBus, Type testClass, object[] constructorArguments, MethodInfo testMethod, object[] testMethodArguments, string skipReason, IReadOnlyList<BeforeAfterTestAttribute> beforeAfterAttributes, ExceptionAggregator aggregator, CancellationTokenSource cancellationTokenSource) => tests.CreateRunner(new(test, messageBus, testClass, constructorArguments, testMethod, testMethodArguments, skipReason, beforeAfterAttributes, aggregator, cancellationTokenSource));

    protected override async Task<RunSummary> RunTestAsync() => tests.Adjust(await base.RunTestAsync().ConfigureAwait(false));
}
