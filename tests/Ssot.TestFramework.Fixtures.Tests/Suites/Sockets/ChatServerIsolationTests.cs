using Ssot.TestFramework.Fixtures.Suites;

namespace Ssot.TestFramework.Fixtures.Tests.Suites.Sockets;

/// <summary>What a team writes: the isolation suite, unchanged, over the real chat server on real sockets.</summary>
public sealed class ChatServerIsolationTests(ChatServerFixture server, ITestOutputHelper output)
    : UserIsolationSuite(output), IClassFixture<ChatServerFixture>
{
    protected override UserIsolationHarness CreateHarness() => server.CreateHarness();
}
