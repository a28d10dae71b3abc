namespace Ssot.TestFramework.Metrics;

/// <summary>Where a recorder's metrics are held by <see cref="RecordedMetric.AtMostBaseline"/>: the baseline and the test's key, resolved when first needed.</summary>
/// <param name="Baseline">Gives the baseline (a test's virtual path is read only when a bound is checked).</param>
/// <param name="Test">Gives the test's key.</param>
/// <param name="Note">Receives the lines for the test's output, or <see langword="null"/>.</param>
/// <param name="Written">Receives the baseline's path after an entry was written (for the run's notices), or <see langword="null"/>.</param>
/// <remarks>Immutable and thread-safe when its delegates are.</remarks>
internal sealed record MetricBaselineBinding(Func<MetricBaseline> Baseline, Func<string> Test, Action<string>? Note, Action<string>? Written = null);
