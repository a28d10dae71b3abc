using Chat.WebSockets;
using Ssot.TestFramework.Fixtures.Suites;
using Ssot.TestFramework.Users;

namespace Chat.Tests;

/// <summary>The canonical factory hands every user an independent manager.</summary>
public sealed class WebSocketManagerFactoryTests(ITestOutputHelper output) : FactoryComplianceSuite<WebSocketManager>(output)
{
    protected override WebSocketManager Create(UserContext user) => WebSocketManager.Create(new ChatUser(user.UserId.Value, user.ConnectionId.Value));
}
