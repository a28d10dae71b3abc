namespace Ssot.TestFramework.Metrics;

/// <summary>
/// Thrown when a metrics baseline (<see cref="MetricBaseline"/>) cannot be used: it is not a regular file, cannot be
/// read or written, is corrupt (the message names the file and the JSON path), or has no entry for a metric on CI.
/// </summary>
public sealed class MetricBaselineException : Exception
{
    /// <summary>Initializes a new instance.</summary>
    public MetricBaselineException()
    {
    }

    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">The file, what is wrong and what to do.</param>
    public MetricBaselineException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with a message and an inner exception.</summary>
    /// <param name="message">The file, what is wrong and what to do.</param>
    /// <param name="innerException">The cause.</param>
    public MetricBaselineException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
