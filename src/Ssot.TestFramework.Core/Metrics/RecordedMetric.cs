using System.Globalization;

namespace Ssot.TestFramework.Metrics;

/// <summary>
/// A metric that was just recorded; lets the test state a bound that fails the test when broken.
/// </summary>
/// <remarks>Immutable and thread-safe. The sample is already recorded whether or not a bound holds.</remarks>
public sealed class RecordedMetric
{
    /// <summary>
    /// The factor <see cref="AtMostBaseline"/> allows by default: 2 (a figure may be up to twice its accepted one). Chosen
    /// from the measured spread of the factory suite's <c>allocated_bytes_per_user</c> (docs/metrics.md#metric-baselines).
    /// </summary>
    public const double DefaultBaselineFactor = 2;

    private readonly MetricBaselineBinding? _baseline;

    internal RecordedMetric(MetricSample sample, MetricBaselineBinding? baseline = null)
    {
        Sample = sample;
        _baseline = baseline;
    }

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

    /// <summary>
    /// Fails the test when the value is above <paramref name="factor"/> times the figure accepted for this test and
    /// metric in the metrics baseline (<see cref="MetricBaseline"/>; default file <c>ssot-metrics.baseline.json</c> in
    /// the test project's folder). With no accepted figure, it records one on a developer machine (commit the file) and
    /// fails on CI; <c>SSOT_UPDATE_BASELINE=1</c> accepts the current figure; a better figure is only reported.
    /// </summary>
    /// <param name="factor">How many times the accepted figure is allowed; finite and at least 1. Default: <see cref="DefaultBaselineFactor"/>.</param>
    /// <returns>This instance, to chain another bound.</returns>
    /// <exception cref="MetricBoundExceededException">The value is above the bound; the message names the figure, the accepted figure, the factor, the baseline file and how to accept the new figure.</exception>
    /// <exception cref="MetricBaselineException">No accepted figure on CI, or the baseline cannot be read, parsed or written (the message names the file and the JSON path).</exception>
    /// <exception cref="InvalidOperationException">The metric was recorded by a <see cref="MetricRecorder"/> without a baseline.</exception>
    /// <exception cref="Common.SsotSettingException"><c>SSOT_UPDATE_BASELINE</c> or <c>SSOT_CI</c> is not an on/off value.</exception>
    public RecordedMetric AtMostBaseline(double factor = DefaultBaselineFactor)
    {
        if (!double.IsFinite(factor) || factor < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(factor), factor, $"The factor of metric '{Sample.Name}' must be a finite number of at least 1 (1 = no worse than the accepted figure).");
        }

        MetricBaselineBinding baseline = _baseline ?? throw new InvalidOperationException(
            $"Metric '{Sample.Name}' was recorded without a metrics baseline: record it through SsotBaseTestCase.RecordMetric, or create the recorder with new MetricRecorder(baseline, test).");
        MetricBaseline file = baseline.Baseline();
        (string? line, bool written) = file.Check(baseline.Test(), Sample, factor);
        if (line is not null)
        {
            baseline.Note?.Invoke(line);
        }

        if (written)
        {
            baseline.Written?.Invoke(file.Path);
        }

        return this;
    }

    internal static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
