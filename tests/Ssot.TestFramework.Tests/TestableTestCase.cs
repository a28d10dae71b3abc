using Ssot.TestFramework.Environments;
using Ssot.TestFramework.Metrics;
using Ssot.TestFramework.Mocks;
using Ssot.TestFramework.Testing;

namespace Ssot.TestFramework.Tests;

/// <summary>A concrete SsotBaseTestCase whose protected members are reachable, driven by hand like xUnit would.</summary>
public sealed class TestableTestCase : SsotBaseTestCase
{
    public TestableTestCase(RecordingOutput output, string method = "Method", string? display = null, bool writeReport = false)
        : base(output, new SsotTestIdentity("Kit.Tests.Testable", method, display ?? $"Kit.Tests.Testable.{method}"))
    {
        Recorded = output;
        WriteMetricsReport = writeReport;
    }

    public RecordingOutput Recorded { get; }

    public new int Seed => base.Seed;

    public new SsotTestIdentity Identity => base.Identity;

    public new EnvironmentOverlay Env => base.Env;

    public new SsotMockFactory Mocks => base.Mocks;

    public new MetricRecorder Metrics => base.Metrics;

    public Func<Task>? TearDown { get; set; }

    public Func<Task>? SetUp { get; set; }

    public Action? Disposing { get; set; }

    public void Cleanup(Action action, string name) => AddCleanup(action, name);

    public void CleanupAsync(Func<Task> action, string name) => AddCleanup(action, name);

    public void SetProcessVariable(string name, string? value) => SetProcessEnvironmentVariable(name, value);

    public RecordedMetric Record(string name, double value, string unit) => RecordMetric(name, value, unit);

    public Task StartAsync() => ((IAsyncLifetime)this).InitializeAsync();

    public Task FinishAsync() => ((IAsyncLifetime)this).DisposeAsync();

    protected override Task TearDownAsync() => TearDown?.Invoke() ?? Task.CompletedTask;

    protected override Task SetUpAsync() => SetUp?.Invoke() ?? Task.CompletedTask;

    protected override void Dispose(bool disposing) => Disposing?.Invoke();
}
