using Ssot.TestFramework.Fixtures.Suites;
using Ssot.TestFramework.Metrics;
using Ssot.TestFramework.Tests.Support;

#pragma warning disable xUnit1000 // Internal on purpose: these suites must fail, so xUnit must not run them; the tests drive them by hand.

namespace Ssot.TestFramework.Tests.Fixtures.Suites.Sockets;

internal sealed class OrderingSuiteOver(ChatServerFixture fixture, RecordingOutput output, int run = 0, int users = 100)
    : EventOrderingSuite(output, SuiteIdentity.For(fixture.Server.GetType().Name, run))
{
    public RecordingOutput Recorded => output;

    public IReadOnlyList<MetricSample> RecordedMetrics => Metrics.Snapshot();

    public string SentAt { get; init; } = "sent_at";

    protected override int ConcurrentUsers => users;

    protected override string SentAtField => SentAt;

    // Seeded bugs lose events; a short run timeout keeps the kit's tests fast (the default is 10 s).
    protected override TimeSpan RunTimeout => TimeSpan.FromSeconds(2);

    protected override TimeSpan QuietPeriod => TimeSpan.FromMilliseconds(100);

    protected override UserIsolationHarness CreateHarness() => fixture.CreateHarness();
}

internal sealed class IsolationSuiteOver(ChatServerFixture fixture, int run = 0, int users = 100)
    : UserIsolationSuite(new RecordingOutput(), SuiteIdentity.For(fixture.Server.GetType().Name, run))
{
    protected override int ConcurrentUsers => users;

    protected override TimeSpan RunTimeout => TimeSpan.FromSeconds(2);

    protected override TimeSpan QuietPeriod => TimeSpan.FromMilliseconds(100);

    protected override UserIsolationHarness CreateHarness() => fixture.CreateHarness();
}

/// <summary>A harness with only the defaults: no server objects, no state delegates.</summary>
internal sealed class NoHooksSuite(ChatServerFixture fixture)
    : UserIsolationSuite(new RecordingOutput(), SuiteIdentity.For("NoHooks"))
{
    protected override TimeSpan RunTimeout => TimeSpan.FromSeconds(2);

    protected override UserIsolationHarness CreateHarness() => new KestrelIsolationHarness(fixture);
}
