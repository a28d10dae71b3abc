using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Ssot.TestFramework.ExpectedFailures.Sdk;

/// <summary>Runs one test (one theory row) through <see cref="ExpectedFailureTestInvoker"/>, with the result-rewriting bus.</summary>
internal sealed class ExpectedFailureTestRunner : XunitTestRunner
{
    private readonly ExpectedFailureTestState _state;

    private ExpectedFailureTestRunner(
        ITest test,
        IMessageBus messageBus,
        Type testClass,
        object[] constructorArguments,
        MethodInfo testMethod,
        object[] testMethodArguments,
        string skipReason,
        IReadOnlyList<BeforeAfterTestAttribute> beforeAfterAttributes,
        ExceptionAggregator aggregator,
        CancellationTokenSource cancellationTokenSource,
        ExpectedFailureTestState state)
        : base(test, new ExpectedFailureMessageBus(messageBus, state), testClass, constructorArguments, testMethod, testMethodArguments, skipReason, beforeAfterAttributes, aggregator, cancellationTokenSource)
    {
        _state = state;
    }

    /// <summary>Resolves the settings for this test (a marked row wins over the method's attribute), applies
    /// <c>SSOT_RUN_XFAIL</c> and <c>Run = false</c>, and creates the runner.</summary>
    public static ExpectedFailureTestRunner Create(
        ITest test,
        IMessageBus messageBus,
        Type testClass,
        object[] constructorArguments,
        MethodInfo testMethod,
        object[] testMethodArguments,
        string skipReason,
        IReadOnlyList<BeforeAfterTestAttribute> beforeAfterAttributes,
        ExceptionAggregator aggregator,
        CancellationTokenSource cancellationTokenSource,
        ExpectedFailureSettings? caseSettings,
        ICollection<ExpectedFailureTestState> states)
    {
        bool ignore = ExpectedFailureEnvironment.RunExpectedFailures;
        ExpectedFailureSettings? settings = ignore ? null : ExpectedFailureRowMatcher.Find(testMethod, testMethodArguments) ?? caseSettings;
        var state = new ExpectedFailureTestState(settings, ignore);
        if (settings is { Run: false } && string.IsNullOrEmpty(skipReason)
            && ExpectedFailureEvaluator.Validate(settings, out _, out _) is null)
        {
            skipReason = ExpectedFailureFormatter.NotRun(settings);
            state.Verdict = new ExpectedFailureVerdict(ExpectedFailureVerdictKind.NotRun, skipReason, settings, null);
        }

        lock (states)
        {
            states.Add(state);
        }

        return new ExpectedFailureTestRunner(test, messageBus, testClass, constructorArguments, testMethod, testMethodArguments, skipReason, beforeAfterAttributes, aggregator, cancellationTokenSource, state);
    }

    /// <summary>Corrects a run summary for results the bus turned from Passed into Skipped.</summary>
    public static RunSummary Adjust(RunSummary summary, ICollection<ExpectedFailureTestState> states)
    {
        lock (states)
        {
            summary.Skipped += states.Count(s => s.ConvertedToSkip);
        }

        return summary;
    }

    protected override Task<decimal> InvokeTestMethodAsync(ExceptionAggregator aggregator) =>
        new ExpectedFailureTestInvoker(Test, MessageBus, TestClass, ConstructorArguments, TestMethod, TestMethodArguments, BeforeAfterAttributes, aggregator, CancellationTokenSource, _state).RunAsync();
}
