namespace Ssot.TestFramework.Metrics;

/// <summary>
/// Records the metrics of one test. The base test case adds wall time and allocated bytes automatically and writes
/// every metric to the test output and to the run's <c>metrics.json</c> / <c>metrics.md</c>.
/// </summary>
/// <remarks>Thread-safe: operations of one test running concurrently may record at the same time.</remarks>
public sealed class MetricRecorder
{
    private readonly object _gate = new();
    private readonly List<MetricSample> _samples = [];
    private readonly MetricBaselineBinding? _baseline;

    /// <summary>Initializes a recorder without a metrics baseline (<see cref="RecordedMetric.AtMostBaseline"/> then throws).</summary>
    public MetricRecorder()
    {
    }

    /// <summary>Initializes a recorder whose metrics can be held to <paramref name="baseline"/> as the test <paramref name="test"/>.</summary>
    /// <param name="baseline">The metrics baseline.</param>
    /// <param name="test">The test's key in the baseline (e.g. its display name); not empty.</param>
    /// <param name="note">Receives the lines to show (entry created, figure accepted, better figure); <see langword="null"/> (default) drops them.</param>
    public MetricRecorder(MetricBaseline baseline, string test, Action<string>? note = null)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentException.ThrowIfNullOrWhiteSpace(test);
        _baseline = new MetricBaselineBinding(() => baseline, () => test, note);
    }

    internal MetricRecorder(MetricBaselineBinding baseline) => _baseline = baseline;

    /// <summary>Records a measurement.</summary>
    /// <param name="name">The metric's name, e.g. <c>users_per_second</c>; not empty.</param>
    /// <param name="value">The value; must be finite.</param>
    /// <param name="unit">The unit, e.g. <c>ms</c>; not empty.</param>
    /// <returns>The recorded metric, on which bounds such as <see cref="RecordedMetric.AtMost"/> can be stated.</returns>
    /// <exception cref="ArgumentException">The name or unit is empty, or the value is NaN or infinite.</exception>
    public RecordedMetric Record(string name, double value, string unit)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(unit);
        if (!double.IsFinite(value))
        {
            throw new ArgumentException($"Metric '{name}' got {value}; only finite values can be recorded.", nameof(value));
        }

        var sample = new MetricSample(name, value, unit);
        lock (_gate)
        {
            _samples.Add(sample);
        }

        return new RecordedMetric(sample, _baseline);
    }

    /// <summary>Starts a timer that records its elapsed milliseconds under <paramref name="name"/> when disposed.</summary>
    /// <param name="name">The metric's name; not empty.</param>
    /// <returns>The running timer.</returns>
    public MetricTimer Measure(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new MetricTimer(this, name);
    }

    /// <summary>Runs <paramref name="operation"/> and records its elapsed milliseconds under <paramref name="name"/>.</summary>
    /// <param name="name">The metric's name; not empty.</param>
    /// <param name="operation">The operation to time.</param>
    /// <returns>The recorded metric (recorded even when the operation throws, in which case the exception propagates).</returns>
    public async Task<RecordedMetric> MeasureAsync(string name, Func<Task> operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        MetricTimer timer = Measure(name);
        try
        {
            await operation().ConfigureAwait(false);
        }
        finally
        {
            timer.Dispose();
        }

        return timer.Recorded!;
    }

    /// <summary>Gets a snapshot of every sample recorded so far, in recording order.</summary>
    /// <returns>The samples.</returns>
    public IReadOnlyList<MetricSample> Snapshot()
    {
        lock (_gate)
        {
            return [.. _samples];
        }
    }
}
