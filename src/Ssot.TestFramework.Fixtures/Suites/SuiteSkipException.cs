namespace Ssot.TestFramework.Fixtures.Suites;

/// <summary>
/// Thrown by a ready-made suite check that does not apply to the system under test. Tests declared with the kit's
/// attributes report it as <b>skipped</b> with the message as reason; under a plain <c>[Fact]</c> it fails, so a check
/// that did not run can never look like a pass.
/// </summary>
public sealed class SuiteSkipException : Exception
{
    /// <summary>Initializes a new instance.</summary>
    public SuiteSkipException()
    {
    }

    /// <summary>Initializes a new instance with the reason.</summary>
    /// <param name="message">Why the check does not apply.</param>
    public SuiteSkipException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with the reason and a cause.</summary>
    /// <param name="message">Why the check does not apply.</param>
    /// <param name="innerException">The cause.</param>
    public SuiteSkipException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
