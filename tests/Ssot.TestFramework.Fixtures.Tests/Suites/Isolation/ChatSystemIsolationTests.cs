using Ssot.TestFramework.Fixtures.Suites;

namespace Ssot.TestFramework.Fixtures.Tests.Suites.Isolation;

/// <summary>What a team writes: inherit the suite and hand it a harness over its system.</summary>
public sealed class ChatSystemIsolationTests(ITestOutputHelper output) : UserIsolationSuite(output)
{
    protected override UserIsolationHarness CreateHarness() => new InProcessHarness(new InProcessChatSystem());
}
