using Ssot.TestFramework.Fixtures.Suites;

namespace Chat.Tests;

/// <summary>The five critical agent events reach the right user, complete and in order, over real sockets.</summary>
public sealed class ChatEventOrderingTests(ChatServerFixture server, ITestOutputHelper output)
    : EventOrderingSuite(output), IClassFixture<ChatServerFixture>
{
    protected override UserIsolationHarness CreateHarness() => server.CreateHarness();
}
