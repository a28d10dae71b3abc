namespace Ssot.TestFramework.Metrics;

/// <summary>One recorded measurement of a test.</summary>
/// <param name="Name">The metric's name, e.g. <c>wall_time</c>.</param>
/// <param name="Value">The measured value; always finite.</param>
/// <param name="Unit">The unit, e.g. <c>ms</c> or <c>bytes</c>.</param>
/// <remarks>Immutable and therefore thread-safe.</remarks>
public sealed record MetricSample(string Name, double Value, string Unit);
