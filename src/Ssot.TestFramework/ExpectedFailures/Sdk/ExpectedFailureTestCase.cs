using System.ComponentModel;
using Ssot.TestFramework.Common;
using Ssot.TestFramework.Sdk;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Ssot.TestFramework.ExpectedFailures.Sdk;

/// <summary>
/// A fact, or one pre-enumerated theory row, that honours expected-failure settings, marked rows and
/// <c>ExpectedFailure.Declare</c>. Serialises every setting, so Test Explorer can run one test, and its test method
/// compactly (<see cref="TestMethodSerializer"/>).
/// </summary>
internal class ExpectedFailureTestCase : XunitTestCase
{
    private ExpectedFailureSettings? _settings;

    /// <summary>Called by the de-serializer.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes", true)]
    public ExpectedFailureTestCase()
    {
    }

    public ExpectedFailureTestCase(
        IMessageSink diagnosticMessageSink,
        TestMethodDisplay defaultMethodDisplay,
        TestMethodDisplayOptions defaultMethodDisplayOptions,
        ITestMethod testMethod,
        ExpectedFailureSettings? settings,
        object[]? testMethodArguments = null)
        : base(diagnosticMessageSink, defaultMethodDisplay, defaultMethodDisplayOptions, testMethod, testMethodArguments)
    {
        _settings = settings;
    }

    /// <summary>Gets the settings from the attribute; <c>null</c> for <c>[SsotFact]</c>/<c>[SsotTheory]</c>.</summary>
    public ExpectedFailureSettings? Settings => _settings;

    public sealed override async Task<RunSummary> RunAsync(
        IMessageSink diagnosticMessageSink,
        IMessageBus messageBus,
        object[] constructorArguments,
        ExceptionAggregator aggregator,
        CancellationTokenSource cancellationTokenSource)
    {
        RunSummary summary = await CreateRunner(new ExpectedFailureTests(this), diagnosticMessageSink, messageBus, constructorArguments, aggregator, cancellationTokenSource).RunAsync().ConfigureAwait(false);
        RunNotices.Process.SendTo(diagnosticMessageSink); // report paths and baseline notices, once per run
        return summary;
    }

    public override void Serialize(IXunitSerializationInfo data)
    {
        TestMethodSerializer.Serialize(data, base.Serialize);
        ExpectedFailureSettings.Write(data, _settings);
    }

    public override void Deserialize(IXunitSerializationInfo data)
    {
        _settings = ExpectedFailureSettings.Read(data);
        TestMethodSerializer.Deserialize(data, base.Deserialize);
    }

    /// <summary>Creates the runner of this test case: one test.</summary>
    private protected virtual XunitTestCaseRunner CreateRunner(ExpectedFailureTests tests, IMessageSink diagnosticMessageSink, IMessageBus messageBus, object[] constructorArguments, ExceptionAggregator aggregator, CancellationTokenSource cancellationTokenSource) =>
        new ExpectedFailureTestCaseRunner(tests, DisplayName, SkipReason, constructorArguments, messageBus, aggregator, cancellationTokenSource);

    protected override void Initialize()
    {
        base.Initialize();
        ExpectedFailureTraits.Apply(Traits, _settings, TestMethod, TestMethodArguments);
    }
}
