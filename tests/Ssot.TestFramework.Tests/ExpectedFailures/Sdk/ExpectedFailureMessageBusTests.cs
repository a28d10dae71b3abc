using FluentAssertions;
using Ssot.TestFramework.Common;
using Ssot.TestFramework.ExpectedFailures;
using Ssot.TestFramework.ExpectedFailures.Sdk;
using Ssot.TestFramework.Sdk;
using Ssot.TestFramework.Testing;
using Xunit.Sdk;

namespace Ssot.TestFramework.Tests.ExpectedFailures.Sdk;

/// <summary>The expected-failure report that cannot be written never changes the reported outcome (docs/metrics.md).</summary>
public sealed class ExpectedFailureMessageBusTests : IDisposable
{
    private static readonly ExpectedFailureSettings s_settings = new() { Reason = "legacy duplicate", Issue = "#1066" };

    private readonly UnusableFolders _folders = new();
    private readonly StringWriter _stderr = new();

    public void Dispose() => _folders.Dispose();

    private (ExpectedFailureMessageBus Bus, RecordingBus Inner) Bus(string results, ExpectedFailureVerdictKind kind, string message, Exception? body = null)
    {
        var state = new ExpectedFailureTestState(s_settings, ignoreMarkers: false) { Verdict = new ExpectedFailureVerdict(kind, message, s_settings, body) };
        var report = new ExpectedFailureReport(() => results, new ReportWriteDiagnostics(() => _stderr, name => name == SsotResultsDirectory.EnvironmentVariable ? results : null));
        var inner = new RecordingBus();
        return (new ExpectedFailureMessageBus(inner, state, report), inner);
    }

    private static int LinesNamingTheVariable(string? output) =>
        (output ?? string.Empty).Split(Environment.NewLine).Count(l => l.Contains("SSOT_RESULTS_DIR", StringComparison.Ordinal));

    [Fact]
    public void QueueMessage_ExpectedFailureAndResultsDirIsAFile_StaysSkippedWithItsReasonAndOneLine()
    {
        (ExpectedFailureMessageBus bus, RecordingBus inner) = Bus(_folders.File, ExpectedFailureVerdictKind.ExpectedFailure, "[XFAIL] legacy duplicate (#1066) — boom");

        bus.QueueMessage(new TestPassed(new FakeTest("T.M"), 1m, "[ssot] seed 1\n"));

        ITestSkipped skipped = inner.Messages.Should().ContainSingle().Which.Should().BeAssignableTo<ITestSkipped>().Subject;
        // The test's [ssot] lines ride along in the reason: the VSTest adapter drops the output of skipped results.
        skipped.Reason.Should().Be("[XFAIL] legacy duplicate (#1066) — boom" + Environment.NewLine + "[ssot] seed 1");
        LinesNamingTheVariable(skipped.Output).Should().Be(1);
        skipped.Output.Should().Contain($"cannot write '{Path.Combine(_folders.File, ExpectedFailureReport.JournalFileName)}'").And.Contain("point SSOT_RESULTS_DIR at a writable folder");
        skipped.Output.Should().Be("[ssot] seed 1" + Environment.NewLine + _stderr);
        skipped.Reason.Should().NotContain("SSOT_RESULTS_DIR"); // report I/O never changes what the test reports
        File.ReadAllText(_folders.File).Should().Be(UnusableFolders.FileContent);
    }

    [Fact]
    public void QueueMessage_MismatchAndResultsDirUnderAFile_StaysFailedWithTheRealMessageAndOneLine()
    {
        var body = new InvalidOperationException("wrong kind of failure");
        (ExpectedFailureMessageBus bus, RecordingBus inner) = Bus(_folders.UnderFile, ExpectedFailureVerdictKind.Mismatch, "[XFAIL MISMATCH] expected ArgumentException", body);

        bus.QueueMessage(new TestFailed(new FakeTest("T.M"), 1m, string.Empty, body));

        ITestFailed failed = inner.Messages.Should().ContainSingle().Which.Should().BeAssignableTo<ITestFailed>().Subject;
        failed.ExceptionTypes.Should().Equal(typeof(InvalidOperationException).FullName);
        failed.Messages[0].Should().StartWith("wrong kind of failure").And.Contain("[XFAIL MISMATCH] expected ArgumentException").And.NotContain("SSOT_RESULTS_DIR");
        LinesNamingTheVariable(failed.Output).Should().Be(1);
    }

    [Fact]
    public void QueueMessage_OutputAlreadyHasTheLineFromTheMetrics_AddsNoSecondOne()
    {
        (ExpectedFailureMessageBus bus, RecordingBus inner) = Bus(_folders.File, ExpectedFailureVerdictKind.NonStrictPass, "[XPASS non-strict] maybe remediated");
        string metricsLine = ReportWriteDiagnostics.Describe(Path.Combine(_folders.File, "metrics.journal.jsonl"), "exists", _ => _folders.File);

        bus.QueueMessage(new TestPassed(new FakeTest("T.M"), 1m, metricsLine + Environment.NewLine));

        ITestPassed passed = inner.Messages.Should().ContainSingle().Which.Should().BeAssignableTo<ITestPassed>().Subject;
        LinesNamingTheVariable(passed.Output).Should().Be(1);
        passed.Output.Should().Contain("[XPASS non-strict] maybe remediated");
    }

    [Fact]
    public void QueueMessage_ExpectedFailureAndWritableResultsDir_SkippedWithoutALine()
    {
        string results = Path.Combine(_folders.Root, "results");
        (ExpectedFailureMessageBus bus, RecordingBus inner) = Bus(results, ExpectedFailureVerdictKind.ExpectedFailure, "[XFAIL] legacy duplicate (#1066) — boom");

        bus.QueueMessage(new TestPassed(new FakeTest("T.M"), 1m, string.Empty));

        ITestSkipped skipped = inner.Messages.Should().ContainSingle().Which.Should().BeAssignableTo<ITestSkipped>().Subject;
        skipped.Reason.Should().Be("[XFAIL] legacy duplicate (#1066) — boom");
        LinesNamingTheVariable(skipped.Output).Should().Be(0);
        _stderr.ToString().Should().BeEmpty();
        File.ReadAllLines(Path.Combine(results, ExpectedFailureReport.JournalFileName)).Should().ContainSingle().Which.Should().Contain("\"T.M\"");
    }

    [Fact]
    public void QueueMessage_ExpectedFailureWithOutputAndLongMessage_KeepsTheOutputAndTheWholeMessage()
    {
        string results = Path.Combine(_folders.Root, "results");
        var body = new InvalidOperationException("pending:\n" + string.Join("\n", Enumerable.Range(1, 25).Select(i => $"  - F{i}.cs:{i} Legacy")));
        (ExpectedFailureMessageBus bus, RecordingBus inner) = Bus(results, ExpectedFailureVerdictKind.ExpectedFailure, ExpectedFailureFormatter.SkipReason(s_settings, body), body);

        bus.QueueMessage(new TestPassed(new FakeTest("T.M"), 1m, "[ssot] seed 5 for T.M\nmy own line\n"));

        ITestSkipped skipped = inner.Messages.Should().ContainSingle().Which.Should().BeAssignableTo<ITestSkipped>().Subject;
        skipped.Output.Should().Contain("[ssot] seed 5 for T.M").And.Contain("my own line").And.Contain("  - F25.cs:25 Legacy");
        skipped.Reason.Should().Contain("  - F20.cs:20 Legacy").And.NotContain("F21.cs").And.EndWith("[ssot] seed 5 for T.M").And.NotContain("my own line");
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllLines(Path.Combine(results, ExpectedFailureReport.JournalFileName)).Single());
        json.RootElement.GetProperty("exceptionMessage").GetString().Should().Be(body.Message);
    }

    [Fact]
    public void QueueMessage_ExpectedFailureWithShortMessage_AddsNoFullMessageToTheOutput()
    {
        string results = Path.Combine(_folders.Root, "results");
        var body = new InvalidOperationException("pending:\n  - F1.cs:1 Legacy");
        (ExpectedFailureMessageBus bus, RecordingBus inner) = Bus(results, ExpectedFailureVerdictKind.ExpectedFailure, ExpectedFailureFormatter.SkipReason(s_settings, body), body);

        bus.QueueMessage(new TestPassed(new FakeTest("T.M"), 1m, "my own line\n"));

        ITestSkipped skipped = inner.Messages.Should().ContainSingle().Which.Should().BeAssignableTo<ITestSkipped>().Subject;
        skipped.Output.Should().Be("my own line\n");
        skipped.Reason.Should().Be(ExpectedFailureFormatter.SkipReason(s_settings, body));
    }

    private sealed class RecordingBus : IMessageBus
    {
        public List<IMessageSinkMessage> Messages { get; } = [];

        public bool QueueMessage(IMessageSinkMessage message)
        {
            Messages.Add(message);
            return true;
        }

        public void Dispose()
        {
        }
    }

    private sealed class FakeTest(string displayName) : LongLivedMarshalByRefObject, ITest
    {
        public string DisplayName { get; } = displayName;

        // xUnit's messages walk test case → method → class → collection → assembly; recursive mocks give them that.
        public ITestCase TestCase { get; } = new Moq.Mock<ITestCase> { DefaultValue = Moq.DefaultValue.Mock }.Object;
    }
}
