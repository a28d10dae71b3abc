using System.ComponentModel;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Ssot.TestFramework.ExpectedFailures.Sdk;

/// <summary>
/// A theory whose rows are only known at run time (non-serialisable data or <c>DisableDiscoveryEnumeration</c>);
/// every row gets its own outcome. Everything but the runner (settings, serialisation, traits) is
/// <see cref="ExpectedFailureTestCase"/>'s; xUnit's own <c>XunitTheoryTestCase</c> likewise differs from
/// <c>XunitTestCase</c> only in its runner.
/// </summary>
internal sealed class ExpectedFailureTheoryTestCase : ExpectedFailureTestCase
{
    /// <summary>Called by the de-serializer.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes", true)]
    public ExpectedFailureTheoryTestCase()
    {
    }

    public ExpectedFailureTheoryTestCase(IMessageSink diagnosticMessageSink, TestMethodDisplay defaultMethodDisplay, TestMethodDisplayOptions defaultMethodDisplayOptions, ITestMethod testMethod, ExpectedFailureSettings? settings)
        : base(diagnosticMessageSink, defaultMethodDisplay, defaultMethodDisplayOptions, testMethod, settings)
    {
    }

    private protected override XunitTestCaseRunner CreateRunner(ExpectedFailureTests tests, IMessageSink diagnosticMessageSink, IMessageBus messageBus, object[] constructorArguments, ExceptionAggregator aggregator, CancellationTokenSource cancellationTokenSource) =>
        new ExpectedFailureTheoryTestCaseRunner(tests, DisplayName, SkipReason, constructorArguments, diagnosticMessageSink, messageBus, aggregator, cancellationTokenSource);
}
