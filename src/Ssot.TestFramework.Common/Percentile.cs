namespace Ssot.TestFramework.Common;

/// <summary>The one percentile of the kit (metric summaries, delivery latencies): nearest rank.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class Percentile
{
    /// <summary>Gets the nearest-rank percentile of an ascending list: the value at rank <c>ceil(fraction × count)</c>.</summary>
    /// <param name="sorted">The samples, ascending; at least one.</param>
    /// <param name="fraction">The percentile as a fraction, e.g. <c>0.95</c>.</param>
    /// <returns>The sample at that rank (the first for a fraction of 0, the last for 1).</returns>
    /// <exception cref="ArgumentException">There is no sample.</exception>
    public static double NearestRank(IReadOnlyList<double> sorted, double fraction)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        if (sorted.Count == 0)
        {
            throw new ArgumentException("No samples.", nameof(sorted));
        }

        int rank = (int)Math.Ceiling(fraction * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }
}
