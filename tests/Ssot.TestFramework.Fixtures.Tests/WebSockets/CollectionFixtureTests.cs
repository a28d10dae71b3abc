using FluentAssertions;
using Ssot.TestFramework.Fixtures.Events;
using Ssot.TestFramework.Fixtures.WebSockets;

namespace Ssot.TestFramework.Fixtures.Tests.WebSockets;

[Collection(EchoCollection.Name)]
public sealed class CollectionFixtureTests(EchoWebSocketFixture fixture)
{
    [Fact]
    public async Task ConnectAsync_SharedCollectionFixture_IsStartedAndEchoes()
    {
        await using WebSocketTestClient client = await fixture.ConnectAsync(new ClientIdentity("usr_shared"));

        await client.SendTextAsync("hi");

        ObservedEvent echo = await client.CreateProbe().ExpectAsync("echo");
        echo.Payload["text"].Should().Be("hi");
    }
}
