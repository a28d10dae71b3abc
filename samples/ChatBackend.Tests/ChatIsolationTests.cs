using Ssot.TestFramework.Fixtures.Suites;

namespace Chat.Tests;

/// <summary>User isolation end to end: real clients on real sockets against the real endpoint.</summary>
public sealed class ChatIsolationTests(ChatServerFixture server, ITestOutputHelper output)
    : UserIsolationSuite(output), IClassFixture<ChatServerFixture>
{
    protected override UserIsolationHarness CreateHarness() => server.CreateHarness();
}
