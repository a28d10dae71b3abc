namespace Ssot.TestFramework.Metrics;

/// <summary>Thrown when a recorded metric breaks a bound set with <see cref="RecordedMetric.AtMost"/> or <see cref="RecordedMetric.AtLeast"/>.</summary>
public sealed class MetricBoundExceededException : Exception
{
    /// <summary>Initializes a new instance.</summary>
    public MetricBoundExceededException()
    {
    }

    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">The metric, its value and the bound.</param>
    public MetricBoundExceededException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with a message and an inner exception.</summary>
    /// <param name="message">The metric, its value and the bound.</param>
    /// <param name="innerException">The cause.</param>
    public MetricBoundExceededException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
