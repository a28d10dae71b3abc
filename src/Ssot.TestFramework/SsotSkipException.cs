namespace Ssot.TestFramework;

/// <summary>
/// Thrown from a test body to report the test as <b>skipped</b> with the message as reason, decided at run time (for
/// example a ready-made suite check that does not apply to the system under test). Tests declared with
/// <see cref="SsotFactAttribute"/>, <see cref="SsotTheoryAttribute"/> or the expected-to-fail attributes report it as
/// Skipped; under a plain <c>[Fact]</c> it fails the test, so a check that did not run never looks like a pass.
/// </summary>
/// <remarks>Only the test body can skip: thrown from a constructor, fixture or cleanup it is an ordinary failure.</remarks>
public sealed class SsotSkipException : Exception
{
    /// <summary>Initializes a new instance.</summary>
    public SsotSkipException()
    {
    }

    /// <summary>Initializes a new instance with the reason.</summary>
    /// <param name="message">Why the test does not apply; shown as the skip reason.</param>
    public SsotSkipException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with the reason and a cause.</summary>
    /// <param name="message">Why the test does not apply.</param>
    /// <param name="innerException">The cause.</param>
    public SsotSkipException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
