using Ssot.TestFramework.Common;

namespace Ssot.TestFramework.Metrics;

/// <summary>The aggregate of one metric (name and unit) over every test of a run.</summary>
/// <param name="Name">The metric's name.</param>
/// <param name="Unit">The metric's unit.</param>
/// <param name="Count">How many samples.</param>
/// <param name="Min">The smallest sample.</param>
/// <param name="Median">The median (the lower middle value for an even count).</param>
/// <param name="P95">The 95th percentile (nearest rank).</param>
/// <param name="Max">The largest sample.</param>
/// <param name="Sum">The sum of all samples.</param>
/// <remarks>Immutable and therefore thread-safe.</remarks>
public sealed record MetricSummary(string Name, string Unit, int Count, double Min, double Median, double P95, double Max, double Sum)
{
    /// <summary>Aggregates samples that share one name and unit.</summary>
    /// <param name="name">The metric's name.</param>
    /// <param name="unit">The metric's unit.</param>
    /// <param name="values">At least one value.</param>
    /// <returns>The summary.</returns>
    public static MetricSummary Of(string name, string unit, IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        double[] sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            throw new ArgumentException($"Metric '{name}' has no samples to summarise.", nameof(values));
        }

        return new MetricSummary(name, unit, sorted.Length, sorted[0], Percentile.NearestRank(sorted, 0.5), Percentile.NearestRank(sorted, 0.95), sorted[^1], sorted.Sum());
    }
}
