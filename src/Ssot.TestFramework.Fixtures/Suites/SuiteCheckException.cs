using Xunit.Sdk;

namespace Ssot.TestFramework.Fixtures.Suites;

/// <summary>Thrown by a ready-made suite check that found a violation; the message names the cause and the seed to replay.</summary>
public sealed class SuiteCheckException : XunitException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">What was expected, what was found, and the seed.</param>
    public SuiteCheckException(string message)
        : base(message)
    {
    }
}
