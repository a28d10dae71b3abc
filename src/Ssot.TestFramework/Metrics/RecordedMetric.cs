using System.Globalization;

namespace Ssot.TestFramework.Metrics;

/// <summary>
/// A metric that was just recorded; lets the test state a bound that fails the test when broken.
/// </summary>
/// <remarks>Immutable and thread-safe. The sample is already recorded whether or not a bound holds.</remarks>
public sealed class RecordedMetric
{
    internal RecordedMetric(MetricSample sample) => Sample = sample;

    /// <summary>Gets the recorded sample.</summary>
    public MetricSample Sample { get; }

    /// <summary>Fails the test when the value is greater than <paramref name="bound"/>.</summary>
    /// <param name="bound">The largest allowed value, in the metric's unit.</param>
    /// <returns>This instance, to chain another bound.</returns>
    /// <exception cref="MetricBoundExceededException">The value is above the bound; the message names metric, value and bound.</exception>
    public RecordedMetric AtMost(double bound)
    {
        if (Sample.Value > bound)
        {
            throw new MetricBoundExceededException(
                $"Metric '{Sample.Name}' = {Format(Sample.Value)} {Sample.Unit} is above its bound: at most {Format(bound)} {Sample.Unit}.");
        }

        return this;
    }

    /// <summary>Fails the test when the value is less than <paramref name="bound"/>.</summary>
    /// <param name="bound">The smallest allowed value, in the metric's unit.</param>
    /// <returns>This instance, to chain another bound.</returns>
    /// <exception cref="MetricBoundExceededException">The value is below the bound; the message names metric, value and bound.</exception>
    public RecordedMetric AtLeast(double bound)
    {
        if (Sample.Value < bound)
        {
            throw new MetricBoundExceededException(
                $"Metric '{Sample.Name}' = {Format(Sample.Value)} {Sample.Unit} is below its bound: at least {Format(bound)} {Sample.Unit}.");
        }

        return this;
    }

    internal static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
