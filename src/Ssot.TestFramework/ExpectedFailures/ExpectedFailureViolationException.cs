namespace Ssot.TestFramework.ExpectedFailures;

/// <summary>
/// Reported when an expected-failure test must fail: it passed unexpectedly (strict), its remediation deadline is
/// overdue, or its settings are invalid. <see cref="Exception.InnerException"/> holds the body's exception, if any.
/// </summary>
public sealed class ExpectedFailureViolationException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="ExpectedFailureViolationException"/> class.</summary>
    public ExpectedFailureViolationException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ExpectedFailureViolationException"/> class.</summary>
    /// <param name="message">What went wrong.</param>
    public ExpectedFailureViolationException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ExpectedFailureViolationException"/> class.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The test body's exception, if any.</param>
    public ExpectedFailureViolationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
