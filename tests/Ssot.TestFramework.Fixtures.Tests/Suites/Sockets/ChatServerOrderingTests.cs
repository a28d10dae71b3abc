using Ssot.TestFramework.Fixtures.Suites;

namespace Ssot.TestFramework.Fixtures.Tests.Suites.Sockets;

/// <summary>What a team writes: both suites, with their defaults, over the real chat server on real sockets.</summary>
public sealed class ChatServerOrderingTests(ChatServerFixture server, ITestOutputHelper output)
    : EventOrderingSuite(output), IClassFixture<ChatServerFixture>
{
    protected override UserIsolationHarness CreateHarness() => server.CreateHarness();
}
