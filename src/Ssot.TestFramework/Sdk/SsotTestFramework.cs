using System.Reflection;
using Ssot.TestFramework.Common;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Ssot.TestFramework.Sdk;

/// <summary>
/// xUnit v2's own test framework plus one thing at the end of the run: before xUnit reports the test assembly
/// finished, every kit report (metrics, expected-failure backlog) is brought up to date and the run summary (report
/// paths, baseline notices) is sent as diagnostic messages. Without it the last rewrite happens at process exit, which
/// VSTest cuts short about 100 ms after the run, so the aggregated reports could miss the last tests.
/// </summary>
/// <remarks>
/// The package registers it for every test project with <c>[assembly: Xunit.TestFramework(...)]</c> from its
/// <c>buildTransitive</c> targets (opt out with <c>&lt;SsotTestFramework&gt;false&lt;/SsotTestFramework&gt;</c>, e.g.
/// when the project already names another test framework; the reports are then rewritten at process exit only).
/// Discovery and execution are xUnit's unchanged, with one addition: the assembly's message bus is a
/// <see cref="CurrentTestBus"/>, so every test deriving from <see cref="SsotBaseTestCase"/>, plain <c>[Fact]</c>
/// included, knows its identity, and its seed line is shown when it fails. Thread-safe, as xUnit requires.
/// </remarks>
public sealed class SsotTestFramework : XunitTestFramework
{
    /// <summary>Initializes a new instance of the <see cref="SsotTestFramework"/> class; called by xUnit.</summary>
    /// <param name="messageSink">xUnit's diagnostic message sink.</param>
    public SsotTestFramework(IMessageSink messageSink)
        : base(messageSink)
    {
    }

    /// <inheritdoc />
    protected override ITestFrameworkExecutor CreateExecutor(AssemblyName assemblyName) =>
        new Executor(assemblyName, SourceInformationProvider, DiagnosticMessageSink);

    private sealed class Executor(AssemblyName assemblyName, ISourceInformationProvider sourceInformationProvider, IMessageSink diagnosticMessageSink)
        : XunitTestFrameworkExecutor(assemblyName, sourceInformationProvider, diagnosticMessageSink)
    {
        // As xUnit 2.9.3's own RunTestCases (async void: the runner waits for ITestAssemblyFinished), with our assembly runner.
        protected override async void RunTestCases(IEnumerable<IXunitTestCase> testCases, IMessageSink executionMessageSink, ITestFrameworkExecutionOptions executionOptions)
        {
            // The sink rewrites every report when the run ends, so the process's reports need no rewrites while tests run.
            RunReports.ExpectFlushAtRunEnd();
            var sink = new RunEndSink(executionMessageSink, DiagnosticMessageSink, RunNotices.Process);
            using var runner = new AssemblyRunner(TestAssembly, testCases, DiagnosticMessageSink, sink, executionOptions);
            await runner.RunAsync().ConfigureAwait(false);
        }
    }

    private sealed class AssemblyRunner(ITestAssembly testAssembly, IEnumerable<IXunitTestCase> testCases, IMessageSink diagnosticMessageSink, IMessageSink executionMessageSink, ITestFrameworkExecutionOptions executionOptions)
        : XunitTestAssemblyRunner(testAssembly, testCases, diagnosticMessageSink, executionMessageSink, executionOptions)
    {
        protected override IMessageBus CreateMessageBus() => new CurrentTestBus(base.CreateMessageBus());
    }

    /// <summary>Passes every message on; before the assembly-finished message, flushes the reports and the run summary.</summary>
    internal sealed class RunEndSink(IMessageSink inner, IMessageSink diagnostics, RunNotices notices) : IMessageSink
    {
        public bool OnMessage(IMessageSinkMessage message)
        {
            if (message is ITestAssemblyFinished)
            {
                RunReports.FlushAll();
                notices.SendTo(diagnostics);
            }

            return inner.OnMessage(message);
        }
    }
}
