using Ssot.TestFramework.Fixtures.Suites;
using Ssot.TestFramework.Testing;

#pragma warning disable xUnit1000 // Internal on purpose: these suites must fail, so xUnit must not run them; the tests drive them by hand.

namespace Ssot.TestFramework.Fixtures.Tests.Suites.Isolation;

internal sealed class IsolationSuiteFor(Func<InProcessChatSystem> system, string name, int run = 0)
    : UserIsolationSuite(new RecordingOutput(), SuiteIdentity.For(name, run))
{
    protected override TimeSpan RunTimeout => Sockets.SuiteTimeouts.Run;

    protected override TimeSpan QuietPeriod => Sockets.SuiteTimeouts.Quiet;

    protected override UserIsolationHarness CreateHarness() => new InProcessHarness(system());
}
