namespace Ssot.TestFramework.Fixtures.Tests.WebSockets;

/// <summary>The collection definition a team declares in its own test assembly to share one server.</summary>
[CollectionDefinition(Name)]
public sealed class EchoCollection : ICollectionFixture<EchoWebSocketFixture>
{
    public const string Name = "echo websocket server";
}
