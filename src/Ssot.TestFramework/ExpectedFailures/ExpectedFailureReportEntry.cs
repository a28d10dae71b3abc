namespace Ssot.TestFramework.ExpectedFailures;

/// <summary>One line of the expected-failure run report. Immutable.</summary>
/// <param name="DisplayName">The test's display name (theory rows include their arguments).</param>
/// <param name="Verdict">ExpectedFailure, UnexpectedPass, NonStrictPass, Mismatch, Overdue, NotRun or Invalid.</param>
/// <param name="Reported">The outcome the runner reported: Passed, Failed or Skipped.</param>
/// <param name="Reason">The declared reason.</param>
/// <param name="Issue">The tracking reference.</param>
/// <param name="Deadline">The declared deadline.</param>
/// <param name="ExceptionType">The full name of the body's exception type.</param>
/// <param name="ExceptionMessage">The first line of the body's exception message.</param>
/// <param name="Message">The reason, failure message or note that was reported.</param>
internal sealed record ExpectedFailureReportEntry(
    string DisplayName,
    string Verdict,
    string Reported,
    string Reason,
    string? Issue,
    string? Deadline,
    string? ExceptionType,
    string? ExceptionMessage,
    string Message);
