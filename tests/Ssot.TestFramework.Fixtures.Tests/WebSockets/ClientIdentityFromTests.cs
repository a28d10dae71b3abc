using FluentAssertions;
using Ssot.TestFramework.Fixtures.Events;
using Ssot.TestFramework.Fixtures.WebSockets;
using Ssot.TestFramework.Users;

namespace Ssot.TestFramework.Fixtures.Tests.WebSockets;

public sealed class ClientIdentityFromTests
{
    [Fact]
    public void From_UserContext_CarriesUserConnectionAndThreadIds()
    {
        UserContext user = new UserContextGenerator(7).Create();

        var identity = ClientIdentity.From(user);

        identity.UserId.Should().Be(user.UserId.Value);
        identity.ConnectionId.Should().Be(user.ConnectionId.Value);
        identity.Extra.Should().Equal(new Dictionary<string, string> { [ClientIdentity.ThreadIdKey] = user.ThreadId.Value });
    }

    [Fact]
    public void From_Null_Throws()
    {
        Action from = () => ClientIdentity.From(null!);

        from.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public async Task From_OverRealSocket_ServerReadsTheUsersIds()
    {
        await using var fixture = new EchoWebSocketFixture();
        await fixture.StartAsync();
        UserContext user = new UserContextGenerator(8).Create();

        await using WebSocketTestClient client = await fixture.ConnectAsync(ClientIdentity.From(user));
        ObservedEvent welcome = await client.CreateProbe().ExpectAsync("welcome");

        welcome.UserId.Should().Be(user.UserId.Value);
        welcome.Payload["connection_id"].Should().Be(user.ConnectionId.Value);
    }
}
