namespace Ssot.TestFramework.ExpectedFailures;

/// <summary>One line of the expected-failure run report. Immutable.</summary>
/// <param name="DisplayName">The test's display name (theory rows include their arguments).</param>
/// <param name="Verdict">ExpectedFailure, UnexpectedPass, NonStrictPass, Mismatch, Overdue, NotRun or Invalid.</param>
/// <param name="Reported">The outcome the runner reported: Passed, Failed or Skipped.</param>
/// <param name="Reason">The declared reason.</param>
/// <param name="Issue">The tracking reference.</param>
/// <param name="Deadline">The declared deadline.</param>
/// <param name="ExceptionType">The full name of the body's exception type.</param>
/// <param name="ExceptionMessage">The body's whole exception message (the Markdown table shows its first line).</param>
/// <param name="Message">The reason, failure message or note that was reported (a skip reason lists the pending lines).</param>
/// <param name="ClassName">The full name of the test class; with <paramref name="DisplayName"/> the test's identity across runs.</param>
/// <param name="NotRunThisTime">Whether the entry was kept from an earlier run because its test did not run this time.</param>
internal sealed record ExpectedFailureReportEntry(
    string DisplayName,
    string Verdict,
    string Reported,
    string Reason,
    string? Issue,
    string? Deadline,
    string? ExceptionType,
    string? ExceptionMessage,
    string Message,
    string? ClassName = null,
    bool NotRunThisTime = false)
{
    /// <summary>Gets the identity by which runs are merged.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string Key => Common.TestRunLedger.Key(ClassName ?? string.Empty, DisplayName);
}
