using FluentAssertions;
using Ssot.TestFramework.Metrics;

namespace Ssot.TestFramework.Core.Tests.Metrics;

public sealed class MetricRecorderTests
{
    [Fact]
    public void AtMost_ValueAboveBound_ThrowsNamingMetricValueAndBound()
    {
        var recorder = new MetricRecorder();

        Action record = () => recorder.Record("bytes_per_user", 2048, "bytes").AtMost(1024);

        record.Should().Throw<MetricBoundExceededException>()
            .WithMessage("Metric 'bytes_per_user' = 2048 bytes is above its bound: at most 1024 bytes.");
        recorder.Snapshot().Should().ContainSingle(s => s.Name == "bytes_per_user" && s.Value == 2048);
    }

    [Fact]
    public void AtMost_ValueAtBound_Passes()
    {
        var recorder = new MetricRecorder();

        Action record = () => recorder.Record("bytes_per_user", 1024, "bytes").AtMost(1024).AtLeast(1);

        record.Should().NotThrow();
    }

    [Fact]
    public void AtLeast_ValueBelowBound_Throws()
    {
        Action record = () => new MetricRecorder().Record("events_per_second", 9.5, "1/s").AtLeast(10);

        record.Should().Throw<MetricBoundExceededException>().WithMessage("*'events_per_second' = 9.5 1/s*at least 10 1/s*");
    }

    [Fact]
    public void Record_NaN_ThrowsNamingTheMetric()
    {
        Action record = () => new MetricRecorder().Record("ratio", double.NaN, "x");

        record.Should().Throw<ArgumentException>().WithMessage("*'ratio'*");
    }

    [Fact]
    public void Measure_Disposed_RecordsMillisecondsOnce()
    {
        var recorder = new MetricRecorder();
        MetricTimer timer = recorder.Measure("step");
        timer.Dispose();
        timer.Dispose();

        recorder.Snapshot().Should().ContainSingle(s => s.Name == "step" && s.Unit == "ms" && s.Value >= 0);
    }

    [Fact]
    public async Task MeasureAsync_OperationThrows_RecordsAndRethrows()
    {
        var recorder = new MetricRecorder();

        Func<Task> measure = () => recorder.MeasureAsync("failing", () => throw new InvalidOperationException("x"));

        await measure.Should().ThrowAsync<InvalidOperationException>();
        recorder.Snapshot().Should().ContainSingle(s => s.Name == "failing");
    }
}
