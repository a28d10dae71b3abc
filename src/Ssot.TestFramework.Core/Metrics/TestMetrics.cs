namespace Ssot.TestFramework.Metrics;

/// <summary>The metrics of one finished test, as written to the run's metrics report.</summary>
/// <param name="Test">The test's display name.</param>
/// <param name="ClassName">The full name of the test class.</param>
/// <param name="MethodName">The test method's name.</param>
/// <param name="Seed">The test's seed.</param>
/// <param name="Samples">The samples in recording order.</param>
/// <remarks>Immutable and therefore thread-safe.</remarks>
public sealed record TestMetrics(string Test, string ClassName, string MethodName, int Seed, IReadOnlyList<MetricSample> Samples);
