using Ssot.TestFramework.Sdk;
using System.ComponentModel;
using Xunit.Abstractions;
using Xunit.Sdk;
using Ssot.TestFramework.Common;

namespace Ssot.TestFramework.ExpectedFailures.Sdk;

/// <summary>
/// A theory whose rows are only known at run time (non-serialisable data or <c>DisableDiscoveryEnumeration</c>);
/// every row gets its own outcome. Serialises every setting.
/// </summary>
internal sealed class ExpectedFailureTheoryTestCase : XunitTheoryTestCase
{
    private ExpectedFailureSettings? _settings;

    /// <summary>Called by the de-serializer.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes", true)]
    public ExpectedFailureTheoryTestCase()
    {
    }

    public ExpectedFailureTheoryTestCase(
        IMessageSink diagnosticMessageSink,
        TestMethodDisplay defaultMethodDisplay,
        TestMethodDisplayOptions defaultMethodDisplayOptions,
        ITestMethod testMethod,
        ExpectedFailureSettings? settings)
        : base(diagnosticMessageSink, defaultMethodDisplay, defaultMethodDisplayOptions, testMethod)
    {
        _settings = settings;
    }

    /// <summary>Gets the settings from the attribute; <c>null</c> for <c>[SsotTheory]</c>.</summary>
    public ExpectedFailureSettings? Settings => _settings;

    public override async Task<RunSummary> RunAsync(
        IMessageSink diagnosticMessageSink,
        IMessageBus messageBus,
        object[] constructorArguments,
        ExceptionAggregator aggregator,
        CancellationTokenSource cancellationTokenSource)
    {
        RunSummary summary = await new ExpectedFailureTheoryTestCaseRunner(this, DisplayName, SkipReason, constructorArguments, diagnosticMessageSink, messageBus, aggregator, cancellationTokenSource, _settings).RunAsync().ConfigureAwait(false);
        RunNotices.Process.SendTo(diagnosticMessageSink); // report paths and baseline notices, once per run
        return summary;
    }

    public override void Serialize(IXunitSerializationInfo data)
    {
        base.Serialize(data);
        ExpectedFailureSettings.Write(data, _settings);
    }

    public override void Deserialize(IXunitSerializationInfo data)
    {
        _settings = ExpectedFailureSettings.Read(data);
        base.Deserialize(data);
    }

    protected override void Initialize()
    {
        base.Initialize();
        ExpectedFailureTraits.Apply(Traits, _settings, TestMethod, null);
    }
}
