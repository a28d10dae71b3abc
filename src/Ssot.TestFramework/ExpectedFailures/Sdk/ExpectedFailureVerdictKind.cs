namespace Ssot.TestFramework.ExpectedFailures.Sdk;

/// <summary>What an expected-failure test turned out to be.</summary>
internal enum ExpectedFailureVerdictKind
{
    /// <summary>The body failed as expected: reported Skipped.</summary>
    ExpectedFailure,

    /// <summary>The body passed and the marker is strict: reported Failed.</summary>
    UnexpectedPass,

    /// <summary>The body passed and the marker is not strict: reported Passed with a note.</summary>
    NonStrictPass,

    /// <summary>The body failed, but not as <c>Raises</c>/<c>MessagePattern</c> expect: reported Failed.</summary>
    Mismatch,

    /// <summary>The body failed as expected after the deadline: reported Failed.</summary>
    Overdue,

    /// <summary><c>Run = false</c>: not executed, reported Skipped.</summary>
    NotRun,

    /// <summary>The settings are unusable (bad deadline, pattern or type): reported Failed.</summary>
    Invalid,
}
