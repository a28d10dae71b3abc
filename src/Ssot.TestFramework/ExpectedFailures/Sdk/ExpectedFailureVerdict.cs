namespace Ssot.TestFramework.ExpectedFailures.Sdk;

/// <summary>The outcome decided for one test (one theory row). Immutable.</summary>
/// <param name="Kind">The outcome.</param>
/// <param name="Message">The skip reason, failure message or note reported for it.</param>
/// <param name="Settings">The settings that applied.</param>
/// <param name="BodyException">The exception thrown by the test body, if any.</param>
internal sealed record ExpectedFailureVerdict(
    ExpectedFailureVerdictKind Kind,
    string Message,
    ExpectedFailureSettings Settings,
    Exception? BodyException);
