using Ssot.TestFramework.ExpectedFailures;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Ssot.TestFramework.Sdk;

/// <summary>
/// Wraps the message bus of ONE test and rewrites its result message according to the verdict the invoker recorded
/// (Passed → Skipped for an expected failure; notes added to mismatches and non-strict passes), and records the
/// outcome in the run report. Does not own the inner bus.
/// </summary>
internal sealed class ExpectedFailureMessageBus : IMessageBus
{
    private readonly IMessageBus _inner;
    private readonly ExpectedFailureTestState _state;

    public ExpectedFailureMessageBus(IMessageBus inner, ExpectedFailureTestState state)
    {
        _inner = inner;
        _state = state;
    }

    public bool QueueMessage(IMessageSinkMessage message)
    {
        if (_state.DynamicSkipReason is { } reason && message is ITestPassed skippedAtRunTime)
        {
            _state.ConvertedToSkip = true;
            return _inner.QueueMessage(new TestSkipped(skippedAtRunTime.Test, reason));
        }

        ExpectedFailureVerdict? verdict = _state.Verdict;
        if (verdict is not null && message is ITestResultMessage result)
        {
            message = Rewrite(result, verdict);
        }

        return _inner.QueueMessage(message);
    }

    public void Dispose()
    {
        // The inner bus belongs to the caller.
    }

    private static string AppendLine(string? text, string line) =>
        string.IsNullOrEmpty(text) ? line + Environment.NewLine : text.TrimEnd() + Environment.NewLine + line + Environment.NewLine;

    private IMessageSinkMessage Rewrite(ITestResultMessage result, ExpectedFailureVerdict verdict)
    {
        switch (result, verdict.Kind)
        {
            case (ITestPassed passed, ExpectedFailureVerdictKind.ExpectedFailure):
                _state.ConvertedToSkip = true;
                Record(passed, verdict, "Skipped");
                return new TestSkipped(passed.Test, verdict.Message);
            case (ITestPassed passed, ExpectedFailureVerdictKind.NonStrictPass):
                Record(passed, verdict, "Passed");
                return new TestPassed(passed.Test, passed.ExecutionTime, AppendLine(passed.Output, verdict.Message));
            case (ITestFailed failed, ExpectedFailureVerdictKind.Mismatch):
                Record(failed, verdict, "Failed");
                string[] messages = (string[])failed.Messages.Clone();
                if (messages.Length > 0)
                {
                    messages[0] = AppendLine(messages[0], verdict.Message).TrimEnd();
                }

                return new TestFailed(failed.Test, failed.ExecutionTime, AppendLine(failed.Output, verdict.Message), failed.ExceptionTypes, messages, failed.StackTraces, failed.ExceptionParentIndices);
            case (ITestFailed failed, ExpectedFailureVerdictKind.UnexpectedPass or ExpectedFailureVerdictKind.Overdue or ExpectedFailureVerdictKind.Invalid):
                Record(failed, verdict, "Failed");
                return failed;
            case (ITestFailed failed, ExpectedFailureVerdictKind.ExpectedFailure or ExpectedFailureVerdictKind.NonStrictPass):
                // The body behaved as declared, but something outside it (dispose, cleanup) failed: a real failure.
                string note = $"[XFAIL] note: the test body's own outcome was as declared ({verdict.Message}); the failure reported here happened outside the body and is a real failure.";
                return new TestFailed(failed.Test, failed.ExecutionTime, AppendLine(failed.Output, note), failed.ExceptionTypes, failed.Messages, failed.StackTraces, failed.ExceptionParentIndices);
            case (ITestSkipped skipped, ExpectedFailureVerdictKind.NotRun):
                Record(skipped, verdict, "Skipped");
                return skipped;
            default:
                return result;
        }
    }

    private static void Record(ITestResultMessage result, ExpectedFailureVerdict verdict, string reported)
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
            ex is null ? null : ExpectedFailureFormatter.FirstLine(ex.Message),
            verdict.Message);
        try
        {
            ExpectedFailureReport.Shared.Record(entry);
        }
        catch (Exception writeError) when (writeError is IOException or UnauthorizedAccessException)
        {
            // The report must never change a test's outcome; the outcome itself is already on the bus.
            Console.Error.WriteLine($"[Ssot.TestFramework] expected-failure report not written: {writeError.Message}");
        }
    }
}
