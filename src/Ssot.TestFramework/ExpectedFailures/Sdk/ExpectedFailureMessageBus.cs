using Ssot.TestFramework.ExpectedFailures;
using Ssot.TestFramework.Sdk;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Ssot.TestFramework.ExpectedFailures.Sdk;

/// <summary>
/// Wraps the message bus of ONE test and rewrites its result message according to the verdict the invoker recorded
/// (Passed → Skipped for an expected failure; notes added to mismatches and non-strict passes), and records the
/// outcome in the run report. Does not own the inner bus.
/// </summary>
internal sealed class ExpectedFailureMessageBus : IMessageBus
{
    private readonly IMessageBus _inner;
    private readonly ExpectedFailureTestState _state;
    private readonly ExpectedFailureReport _report;

    /// <param name="inner">The test's bus.</param>
    /// <param name="state">The verdict the invoker recorded.</param>
    /// <param name="report">The run report; default <see cref="ExpectedFailureReport.Process"/>.</param>
    public ExpectedFailureMessageBus(IMessageBus inner, ExpectedFailureTestState state, ExpectedFailureReport? report = null)
    {
        _inner = inner;
        _state = state;
        _report = report ?? ExpectedFailureReport.Process;
    }

    public bool QueueMessage(IMessageSinkMessage message)
    {
        if (_state.DynamicSkipReason is { } reason && message is ITestPassed skippedAtRunTime)
        {
            NoteRun(skippedAtRunTime.Test);
            _state.ConvertedToSkip = true;
            return _inner.QueueMessage(new TestSkipped(skippedAtRunTime.Test, reason));
        }

        if (message is ITestResultMessage finished)
        {
            NoteRun(finished.Test);
        }

        ExpectedFailureVerdict? verdict = _state.Verdict;
        if (verdict is not null && message is ITestResultMessage result)
        {
            message = Rewrite(WithFailureLine(result), verdict);
        }

        return _inner.QueueMessage(message);
    }

    public void Dispose()
    {
        // The inner bus belongs to the caller.
    }

    /// <summary>A judged body's result with the test's failure line (its seed) first in the output, as a failed test's
    /// (<see cref="CurrentTestBus"/>): the body of an expected failure did fail, though its result is still a pass.</summary>
    private static ITestResultMessage WithFailureLine(ITestResultMessage result) => result switch
    {
        ITestPassed passed when SsotCurrentTest.OutputWithFailureLine(passed.Test, passed.Output) is { } output => new TestPassed(passed.Test, passed.ExecutionTime, output),
        ITestFailed failed when SsotCurrentTest.OutputWithFailureLine(failed.Test, failed.Output) is { } output => new TestFailed(failed.Test, failed.ExecutionTime, output, failed.ExceptionTypes, failed.Messages, failed.StackTraces, failed.ExceptionParentIndices),
        _ => result,
    };

    private static string AppendLine(string? text, string line) =>
        string.IsNullOrEmpty(text) ? line + Environment.NewLine : text.TrimEnd() + Environment.NewLine + line + Environment.NewLine;

    private IMessageSinkMessage Rewrite(ITestResultMessage result, ExpectedFailureVerdict verdict)
    {
        switch (result, verdict.Kind)
        {
            case (ITestPassed passed, ExpectedFailureVerdictKind.ExpectedFailure):
                _state.ConvertedToSkip = true;
                // The skip keeps the test's output (seed, scan summary, report paths), the whole message when the
                // reason had to be cut, and the line that says the report could not be written.
                string skippedOutput = passed.Output ?? string.Empty;
                if (verdict.BodyException is { } body && ExpectedFailureFormatter.IsCut(body.Message))
                {
                    skippedOutput = AppendLine(skippedOutput, ExpectedFailureFormatter.SkippedOutput(body));
                }

                skippedOutput = WithReportLine(skippedOutput, Record(passed, verdict, "Skipped"));
                // xunit.runner.visualstudio drops the output of skipped results (measured on a real run's TRX), so
                // the reason carries the output's [ssot] lines too: seed, scan summary, report paths, baseline notices.
                string skipReason = verdict.Message + ExpectedFailureFormatter.KitLines(passed.Output);
                return skippedOutput.Length == 0
                    ? new TestSkipped(passed.Test, skipReason)
                    : new SkippedWithOutput(passed.Test, skipReason, skippedOutput);
            case (ITestPassed passed, ExpectedFailureVerdictKind.NonStrictPass):
                string passedOutput = WithReportLine(AppendLine(passed.Output, verdict.Message), Record(passed, verdict, "Passed"));
                return new TestPassed(passed.Test, passed.ExecutionTime, passedOutput);
            case (ITestFailed failed, ExpectedFailureVerdictKind.Mismatch):
                string mismatchOutput = WithReportLine(AppendLine(failed.Output, verdict.Message), Record(failed, verdict, "Failed"));
                string[] messages = (string[])failed.Messages.Clone();
                if (messages.Length > 0)
                {
                    messages[0] = AppendLine(messages[0], verdict.Message).TrimEnd();
                }

                return new TestFailed(failed.Test, failed.ExecutionTime, mismatchOutput, failed.ExceptionTypes, messages, failed.StackTraces, failed.ExceptionParentIndices);
            case (ITestFailed failed, ExpectedFailureVerdictKind.UnexpectedPass or ExpectedFailureVerdictKind.Overdue or ExpectedFailureVerdictKind.Invalid):
                return Record(failed, verdict, "Failed") is { } failedUnwritten && !HasReportLine(failed.Output)
                    ? new TestFailed(failed.Test, failed.ExecutionTime, AppendLine(failed.Output, failedUnwritten), failed.ExceptionTypes, failed.Messages, failed.StackTraces, failed.ExceptionParentIndices)
                    : failed;
            case (ITestFailed failed, ExpectedFailureVerdictKind.ExpectedFailure or ExpectedFailureVerdictKind.NonStrictPass):
                // The body behaved as declared, but something outside it (dispose, cleanup) failed: a real failure.
                string note = $"[XFAIL] note: the test body's own outcome was as declared ({verdict.Message}); the failure reported here happened outside the body and is a real failure.";
                return new TestFailed(failed.Test, failed.ExecutionTime, AppendLine(failed.Output, note), failed.ExceptionTypes, failed.Messages, failed.StackTraces, failed.ExceptionParentIndices);
            case (ITestSkipped skipped, ExpectedFailureVerdictKind.NotRun):
                return Record(skipped, verdict, "Skipped") is { } skippedUnwritten && !HasReportLine(skipped.Output)
                    ? new SkippedWithOutput(skipped.Test, skipped.Reason, AppendLine(skipped.Output, skippedUnwritten))
                    : skipped;
            default:
                return result;
        }
    }

    /// <summary>The test's class and assembly, as the run reports' identity of a test.</summary>
    private static (string Assembly, string ClassName) Where(ITest test)
    {
        ITestClass? testClass = test.TestCase?.TestMethod?.TestClass;
        string? assemblyPath = testClass?.TestCollection?.TestAssembly?.Assembly?.AssemblyPath;
        return (assemblyPath is null ? string.Empty : Path.GetFileNameWithoutExtension(assemblyPath), testClass?.Class?.Name ?? string.Empty);
    }

    private void NoteRun(ITest test)
    {
        (string assembly, string className) = Where(test);
        _report.Seen(assembly, className, test.DisplayName);
    }

    private static bool HasReportLine(string? output) =>
        output?.Contains(Common.ReportWriteDiagnostics.Prefix, StringComparison.Ordinal) == true;

    /// <summary>Adds the report-failure line to a test's output, unless it already has one (e.g. from its metrics).</summary>
    private static string WithReportLine(string output, string? line) =>
        line is null || HasReportLine(output) ? output : AppendLine(output, line);

    /// <summary>Records the outcome in the run report; returns the line for the test's output when it could not be written.</summary>
    private string? Record(ITestResultMessage result, ExpectedFailureVerdict verdict, string reported)
    {
        Exception? ex = verdict.BodyException;
        var entry = new ExpectedFailureReportEntry(
            result.Test.DisplayName,
            verdict.Kind.ToString(),
            reported,
            verdict.Settings.Reason,
            verdict.Settings.Issue,
            verdict.Settings.Deadline,
            ex?.GetType().FullName,
            ex?.Message,
            verdict.Message,
            Where(result.Test).ClassName);

        // The report never changes a test's outcome (docs/metrics.md, "When a report cannot be written").
        return _report.Record(entry);
    }

    /// <summary>A skip that carries output: xUnit's <see cref="TestSkipped"/> always has none.</summary>
    private sealed class SkippedWithOutput : TestResultMessage, ITestSkipped
    {
        public SkippedWithOutput(ITest test, string reason, string output)
            : base(test, 0, output)
        {
            Reason = reason;
        }

        public string Reason { get; }
    }
}
