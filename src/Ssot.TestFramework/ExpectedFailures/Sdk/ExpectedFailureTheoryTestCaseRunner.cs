using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Ssot.TestFramework.ExpectedFailures.Sdk;

/// <summary>Runs an <see cref="ExpectedFailureTheoryTestCase"/>: rows known only at run time, one outcome per row.</summary>
internal sealed class ExpectedFailureTheoryTestCaseRunner : XunitTheoryTestCaseRunner
{
    private readonly ExpectedFailureSettings? _settings;
    private readonly List<ExpectedFailureTestState> _states = [];

    public ExpectedFailureTheoryTestCaseRunner(
        IXunitTestCase testCase,
        string displayName,
        string skipReason,
        object[] constructorArguments,
        IMessageSink diagnosticMessageSink,
        IMessageBus messageBus,
        ExceptionAggregator aggregator,
        CancellationTokenSource cancellationTokenSource,
        ExpectedFailureSettings? settings)
        : base(testCase, displayName, skipReason, constructorArguments, diagnosticMessageSink, messageBus, aggregator, cancellationTokenSource)
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
