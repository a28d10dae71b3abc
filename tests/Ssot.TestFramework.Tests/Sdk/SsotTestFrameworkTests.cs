using FluentAssertions;
using Moq;
using Ssot.TestFramework.Common;
using Ssot.TestFramework.Sdk;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Ssot.TestFramework.Tests.Sdk;

/// <summary>
/// The run-end hook: the aggregated reports are up to date when xUnit reports the assembly finished, not only at process
/// exit (which VSTest cuts short). A report whose background rewrite would wait an hour proves it is the hook that writes.
/// </summary>
public sealed class SsotTestFrameworkTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ssot-runend-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void RunEndSink_AssemblyFinished_WritesTheAggregatesBeforePassingItOn()
    {
        string aggregate = Path.Combine(_folder, "report.txt");
        bool existedWhenForwarded = false;
        var report = new RunReport<string>(() => _folder, "report.journal.jsonl", (entries, dir) => File.WriteAllLines(Path.Combine(dir, "report.txt"), entries), delay: TimeSpan.FromHours(1));
        report.Add("first").Should().BeNull();
        report.Add("last").Should().BeNull();
        var inner = new Mock<IMessageSink>();
        inner.Setup(s => s.OnMessage(It.IsAny<IMessageSinkMessage>()))
            .Callback<IMessageSinkMessage>(m => existedWhenForwarded |= m is ITestAssemblyFinished && File.Exists(aggregate))
            .Returns(true);
        var sink = new SsotTestFramework.RunEndSink(inner.Object, Mock.Of<IMessageSink>(), new RunNotices());

        sink.OnMessage(new DiagnosticMessage("not the end")).Should().BeTrue();
        File.Exists(aggregate).Should().BeFalse("only the end of the run flushes, and the background rewrite waits an hour");
        sink.OnMessage(new TestAssemblyFinished([], Mock.Of<ITestAssembly>(), 1m, 2, 0, 0)).Should().BeTrue();

        existedWhenForwarded.Should().BeTrue("the aggregates must be written before xUnit hears that the assembly finished");
        File.ReadAllLines(aggregate).Should().Equal("first", "last");
        inner.Verify(s => s.OnMessage(It.IsAny<IMessageSinkMessage>()), Times.Exactly(2));
    }

    [Fact]
    public void RunEndSink_AssemblyFinished_SendsTheRunSummaryAsDiagnostics()
    {
        var notices = new RunNotices();
        notices.Add("[ssot] report: metrics.md");
        notices.Add("[ssot] baseline tightened: ssot.baseline.json; commit it");
        var diagnostics = new List<string>();
        var diagnosticSink = new Mock<IMessageSink>();
        diagnosticSink.Setup(s => s.OnMessage(It.IsAny<IMessageSinkMessage>()))
            .Callback<IMessageSinkMessage>(m => diagnostics.Add(((IDiagnosticMessage)m).Message))
            .Returns(true);
        var sink = new SsotTestFramework.RunEndSink(Mock.Of<IMessageSink>(s => s.OnMessage(It.IsAny<IMessageSinkMessage>())), diagnosticSink.Object, notices);

        sink.OnMessage(new DiagnosticMessage("a test's own message"));
        diagnostics.Should().BeEmpty("the summary is sent at the end of the run");
        sink.OnMessage(new TestAssemblyFinished([], Mock.Of<ITestAssembly>(), 1m, 1, 0, 0));

        diagnostics.Should().Equal("[ssot] report: metrics.md", "[ssot] baseline tightened: ssot.baseline.json; commit it");
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
