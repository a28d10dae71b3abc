using System.Diagnostics;

namespace Ssot.TestFramework.Metrics;

/// <summary>
/// Measures wall time from its creation until it is disposed and records it (in milliseconds) under its name.
/// </summary>
/// <remarks>Not thread-safe: start and dispose it on one logical flow. Disposing twice records once.</remarks>
public sealed class MetricTimer : IDisposable
{
    private readonly MetricRecorder _recorder;
    private readonly long _started = Stopwatch.GetTimestamp();
    private RecordedMetric? _recorded;

    internal MetricTimer(MetricRecorder recorder, string name)
    {
        _recorder = recorder;
        Name = name;
    }

    /// <summary>Gets the metric's name.</summary>
    public string Name { get; }

    /// <summary>Gets the time elapsed so far (or until disposal).</summary>
    public TimeSpan Elapsed => _recorded is null
        ? Stopwatch.GetElapsedTime(_started)
        : TimeSpan.FromMilliseconds(_recorded.Sample.Value);

    /// <summary>Gets the recorded metric once the timer is disposed, else <see langword="null"/>.</summary>
    public RecordedMetric? Recorded => _recorded;

    /// <summary>Stops the timer and records the elapsed milliseconds.</summary>
    public void Dispose()
    {
        _recorded ??= _recorder.Record(Name, Stopwatch.GetElapsedTime(_started).TotalMilliseconds, "ms");
    }
}
