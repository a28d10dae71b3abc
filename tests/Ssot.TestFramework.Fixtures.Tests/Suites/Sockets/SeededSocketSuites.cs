using Ssot.TestFramework.Fixtures.Suites;
using Ssot.TestFramework.Fixtures.WebSockets;
using Ssot.TestFramework.Metrics;
using Ssot.TestFramework.Testing;

#pragma warning disable xUnit1000 // Internal on purpose: these suites must fail, so xUnit must not run them; the tests drive them by hand.

namespace Ssot.TestFramework.Fixtures.Tests.Suites.Sockets;

/// <summary>
/// The suites' time settings in the kit's tests. Neither decides a verdict: no run the tests expect to complete may
/// fail because the machine is slow, and no seeded bug is caught only because a timer fired (a bug that starves a run
/// closes that run's connection, so its wait ends at once). The run timeout only turns a hang into a failure.
/// </summary>
internal static class SuiteTimeouts
{
    /// <summary>How long a run may take: generous, a safety net against hangs.</summary>
    public static readonly TimeSpan Run = TimeSpan.FromMinutes(1);

    /// <summary>The suites' watch for late events: short, as every late event the tests seed is in the log before it starts.</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(100);
}

internal sealed class OrderingSuiteOver(ChatServerFixture fixture, RecordingOutput output, int run = 0, int users = 100)
    : EventOrderingSuite(output, SuiteIdentity.For(fixture.Server.GetType().Name, run))
{
    public RecordingOutput Recorded => output;

    public IReadOnlyList<MetricSample> RecordedMetrics => Metrics.Snapshot();

    public string SentAt { get; init; } = "sent_at";

    /// <summary>Gets the run timeout; default the hang guard <see cref="SuiteTimeouts.Run"/>.</summary>
    public TimeSpan Run { get; init; } = SuiteTimeouts.Run;

    protected override int ConcurrentUsers => users;

    protected override string SentAtField => SentAt;

    protected override TimeSpan RunTimeout => Run;

    protected override TimeSpan QuietPeriod => SuiteTimeouts.Quiet;

    protected override UserIsolationHarness CreateHarness() => fixture.CreateHarness();
}

internal sealed class IsolationSuiteOver(ChatServerFixture fixture, int run = 0, int users = 100)
    : UserIsolationSuite(new RecordingOutput(), SuiteIdentity.For(fixture.Server.GetType().Name, run))
{
    protected override int ConcurrentUsers => users;

    protected override TimeSpan RunTimeout => SuiteTimeouts.Run;

    protected override TimeSpan QuietPeriod => SuiteTimeouts.Quiet;

    protected override UserIsolationHarness CreateHarness() => fixture.CreateHarness();
}

/// <summary>A harness with only the defaults: no server objects, no state delegates.</summary>
internal sealed class NoHooksSuite(ChatServerFixture fixture)
    : UserIsolationSuite(new RecordingOutput(), SuiteIdentity.For("NoHooks"))
{
    protected override TimeSpan RunTimeout => SuiteTimeouts.Run;

    protected override UserIsolationHarness CreateHarness() => new KestrelIsolationHarness(fixture);
}

/// <summary>A harness whose sessions cannot send spoofed commands (the default of <see cref="UserSession"/>).</summary>
internal sealed class NoClaimsSuite(ChatServerFixture fixture)
    : UserIsolationSuite(new RecordingOutput(), SuiteIdentity.For("NoClaims"))
{
    protected override TimeSpan RunTimeout => SuiteTimeouts.Run;

    protected override UserIsolationHarness CreateHarness() => new Plain(fixture.CreateHarness());

    private sealed class Plain(UserIsolationHarness inner) : UserIsolationHarness
    {
        public override async Task<UserSession> ConnectAsync(Ssot.TestFramework.Users.UserContext user, CancellationToken cancellationToken) =>
            new Session(await inner.ConnectAsync(user, cancellationToken));

        public override ValueTask DisposeAsync() => inner.DisposeAsync();
    }

    private sealed class Session(UserSession inner) : UserSession(inner.User)
    {
        public override Ssot.TestFramework.Fixtures.Events.IEventSource Received => inner.Received;

        public override Task StartWorkAsync(Ssot.TestFramework.Users.RunId run, CancellationToken cancellationToken) => inner.StartWorkAsync(run, cancellationToken);

        public override Task DisconnectAsync(CancellationToken cancellationToken) => inner.DisconnectAsync(cancellationToken);
    }
}
