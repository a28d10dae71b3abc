using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Ssot.TestFramework.ExpectedFailures.Sdk;

/// <summary>Runs an <see cref="ExpectedFailureTestCase"/> (a fact or a pre-enumerated theory row).</summary>
internal sealed class ExpectedFailureTestCaseRunner : XunitTestCaseRunner
{
    private readonly ExpectedFailureSettings? _settings;
    private readonly List<ExpectedFailureTestState> _states = [];

    public ExpectedFailureTestCaseRunner(
        IXunitTestCase testCase,
        string displayName,
        string skipReason,
        object[] constructorArguments,
        object[] testMethodArguments,
        IMessageBus messageBus,
        ExceptionAggregator aggregator,
        CancellationTokenSource cancellationTokenSource,
        ExpectedFailureSettings? settings)
        : base(testCase, displayName, skipReason, constructorArguments, testMethodArguments, messageBus, aggregator, cancellationTokenSource)
    {
        _settings = settings;
    }

    protected override XunitTestRunner CreateTestRunner(
        ITest test,
        IMessageBus messageBus,
        Type testClass,
        object[] constructorArguments,
        MethodInfo testMethod,
        object[] testMethodArguments,
        string skipReason,
        IReadOnlyList<BeforeAfterTestAttribute> beforeAfterAttributes,
        ExceptionAggregator aggregator,
        CancellationTokenSource cancellationTokenSource) =>
        ExpectedFailureTestRunner.Create(test, messageBus, testClass, constructorArguments, testMethod, testMethodArguments, skipReason, beforeAfterAttributes, aggregator, cancellationTokenSource, _settings, _states);

    protected override async Task<RunSummary> RunTestAsync() =>
        ExpectedFailureTestRunner.Adjust(await base.RunTestAsync().ConfigureAwait(false), _states);
}
