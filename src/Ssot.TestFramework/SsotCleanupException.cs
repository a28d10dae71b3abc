namespace Ssot.TestFramework;

/// <summary>
/// Thrown at the end of a test when a cleanup, the strict-mock verification or a metric bound failed. The original
/// exception is the <see cref="Exception.InnerException"/>.
/// </summary>
public sealed class SsotCleanupException : Exception
{
    /// <summary>Initializes a new instance.</summary>
    public SsotCleanupException()
    {
    }

    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">What failed.</param>
    public SsotCleanupException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with a message and the original exception.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The original exception.</param>
    public SsotCleanupException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
