namespace Ssot.TestFramework.Fixtures.Suites;

/// <summary>Thrown by a ready-made suite check that found a violation; the message names the cause and the seed to replay.</summary>
public sealed class SuiteCheckException : Exception
{
    /// <summary>Initializes a new instance.</summary>
    public SuiteCheckException()
    {
    }

    /// <summary>Initializes a new instance with a message and the original exception.</summary>
    /// <param name="message">What was expected and what was found.</param>
    /// <param name="innerException">The original exception.</param>
    public SuiteCheckException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">What was expected, what was found, and the seed.</param>
    public SuiteCheckException(string message)
        : base(message)
    {
    }
}
