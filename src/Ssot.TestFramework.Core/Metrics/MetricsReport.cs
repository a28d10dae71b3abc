namespace Ssot.TestFramework.Metrics;

/// <summary>The metrics of a whole run: every test's samples and one summary per metric.</summary>
/// <param name="Tests">The tests, sorted by display name.</param>
/// <param name="Summaries">One summary per metric name and unit, sorted by name.</param>
/// <remarks>Immutable and therefore thread-safe.</remarks>
public sealed record MetricsReport(IReadOnlyList<TestMetrics> Tests, IReadOnlyList<MetricSummary> Summaries)
{
    /// <summary>Gets the test assembly the report is about; <see langword="null"/> (default) when unknown.</summary>
    public string? Assembly { get; init; }

    /// <summary>
    /// Gets the tests of earlier runs of the same assembly that did not run this time (e.g. <c>--filter</c>), kept from
    /// the earlier report, sorted by display name; they are not part of <see cref="Summaries"/>. Default: empty.
    /// </summary>
    public IReadOnlyList<TestMetrics> NotRunThisTime { get; init; } = [];

    /// <summary>Gets a value indicating whether this run was partial: some tests of an earlier report did not run.</summary>
    public bool Partial => NotRunThisTime.Count > 0;

    /// <summary>Builds a report from the tests' metrics.</summary>
    /// <param name="tests">The finished tests.</param>
    /// <returns>The report, in a deterministic order.</returns>
    public static MetricsReport Build(IEnumerable<TestMetrics> tests)
    {
        ArgumentNullException.ThrowIfNull(tests);
        var ordered = tests
            .OrderBy(t => t.Test, StringComparer.Ordinal)
            .ThenBy(t => t.ClassName, StringComparer.Ordinal)
            .ToList();
        var summaries = ordered
            .SelectMany(t => t.Samples)
            .GroupBy(s => (s.Name, s.Unit))
            .OrderBy(g => g.Key.Name, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Unit, StringComparer.Ordinal)
            .Select(g => MetricSummary.Of(g.Key.Name, g.Key.Unit, g.Select(s => s.Value)))
            .ToList();
        return new MetricsReport(ordered, summaries);
    }
}
