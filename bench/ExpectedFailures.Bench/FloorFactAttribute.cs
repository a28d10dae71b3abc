using Xunit.Abstractions;
using Xunit.Sdk;

namespace ExpectedFailures.Bench;

/// <summary>
/// The floor for any xUnit v2 expected-failure attribute, for the benchmark only: a test whose body throws is reported
/// as Skipped with the exception's message, and nothing else (no settings, no verdict, no report). What the kit's
/// <c>[ExpectedToFailFact]</c> costs above this is the kit's own; what this costs above a passing <c>[Fact]</c> is the
/// body's exception and VSTest's reporting of a skip.
/// </summary>
[XunitTestCaseDiscoverer("ExpectedFailures.Bench.FloorDiscoverer", "ExpectedFailures.Bench")]
public sealed class FloorFactAttribute : FactAttribute
{
}

public sealed class FloorDiscoverer(IMessageSink diagnostics) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute) =>
        [new FloorTestCase(diagnostics, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod)];
}

public sealed class FloorTestCase : XunitTestCase
{
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public FloorTestCase()
    {
    }

    public FloorTestCase(IMessageSink diagnostics, TestMethodDisplay display, TestMethodDisplayOptions options, ITestMethod testMethod)
        : base(diagnostics, display, options, testMethod)
    {
    }

    public override async Task<RunSummary> RunAsync(IMessageSink diagnosticMessageSink, IMessageBus messageBus, object[] constructorArguments, ExceptionAggregator aggregator, CancellationTokenSource cancellationTokenSource)
    {
        var bus = new FailedAsSkipped(messageBus);
        RunSummary summary = await base.RunAsync(diagnosticMessageSink, bus, constructorArguments, aggregator, cancellationTokenSource);
        summary.Failed -= bus.Converted;
        summary.Skipped += bus.Converted;
        return summary;
    }

    private sealed class FailedAsSkipped(IMessageBus inner) : IMessageBus
    {
        public int Converted { get; private set; }

        public bool QueueMessage(IMessageSinkMessage message)
        {
            if (message is ITestFailed failed)
            {
                Converted++;
                message = new TestSkipped(failed.Test, "expected failure: " + failed.Messages[0]);
            }

            return inner.QueueMessage(message);
        }

        public void Dispose()
        {
        }
    }
}
