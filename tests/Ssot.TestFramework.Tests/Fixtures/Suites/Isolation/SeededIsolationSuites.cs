using Ssot.TestFramework.Fixtures.Suites;
using Ssot.TestFramework.Tests.Support;

#pragma warning disable xUnit1000 // Internal on purpose: these suites must fail, so xUnit must not run them; the tests drive them by hand.

namespace Ssot.TestFramework.Tests.Fixtures.Suites.Isolation;

internal sealed class IsolationSuiteFor(Func<InProcessChatSystem> system, string name, int run = 0)
    : UserIsolationSuite(new RecordingOutput(), SuiteIdentity.For(name, run))
{
    // Seeded bugs lose events; a short run timeout keeps the kit's tests fast (the default is 10 s).
    protected override TimeSpan RunTimeout => TimeSpan.FromSeconds(2);

    protected override UserIsolationHarness CreateHarness() => new InProcessHarness(system());
}
