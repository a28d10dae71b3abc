using System.Net.WebSockets;
using FluentAssertions;
using Microsoft.AspNetCore.Builder;
using Ssot.TestFramework.Fixtures.Events;
using Ssot.TestFramework.Fixtures.WebSockets;

namespace Ssot.TestFramework.Fixtures.Tests.WebSockets;

public sealed class KestrelWebSocketFixtureTests(EchoWebSocketFixture fixture) : IClassFixture<EchoWebSocketFixture>
{
    [Fact]
    public async Task BaseAddress_AfterStart_IsLoopbackOnARealPort()
    {
        using var http = new HttpClient();

        string health = await http.GetStringAsync(new Uri(fixture.HttpBaseAddress, "health"));

        fixture.BaseAddress.Scheme.Should().Be("ws");
        fixture.BaseAddress.Host.Should().Be("127.0.0.1");
        fixture.BaseAddress.Port.Should().BeGreaterThan(0).And.Be(fixture.HttpBaseAddress.Port);
        fixture.HttpBaseAddress.Scheme.Should().Be("http");
        health.Should().Be("ok");
    }

    [Fact]
    public void BaseAddress_BeforeStart_ThrowsNotStarted()
    {
        var notStarted = new KestrelWebSocketFixture();

        Func<Uri> address = () => notStarted.BaseAddress;

        address.Should().Throw<InvalidOperationException>().WithMessage("KestrelWebSocketFixture is not started*");
    }

    [Fact]
    public async Task StartAsync_MapEndpointsThrows_ThrowsStartExceptionNamingTheCause()
    {
        await using var broken = new KestrelWebSocketFixture(new KestrelWebSocketFixtureOptions
        {
            MapEndpoints = _ => throw new InvalidOperationException("route table is broken"),
        });

        Func<Task> start = () => broken.StartAsync();

        (await start.Should().ThrowAsync<WebSocketFixtureStartException>()
            .WithMessage("KestrelWebSocketFixture could not start a Kestrel server on http://127.0.0.1:0: InvalidOperationException: route table is broken"))
            .Which.InnerException.Should().BeOfType<InvalidOperationException>();
        broken.IsRunning.Should().BeFalse();
    }

    [Fact]
    public async Task StopAsync_OpenClient_ClientSeesTheCloseAndServerIsGone()
    {
        var own = new EchoWebSocketFixture();
        await own.StartAsync();
        Uri address = own.BaseAddress;
        WebSocketTestClient client = await own.ConnectAsync(new ClientIdentity("usr_stop"));
        await client.CreateProbe().ExpectAsync("welcome");

        await own.DisposeAsync();

        client.State.Should().Be(WebSocketState.Closed);
        client.CloseStatus.Should().Be(WebSocketCloseStatus.NormalClosure);
        client.CloseStatusDescription.Should().Be("bye");
        client.Events.IsCompleted.Should().BeTrue();
        own.IsRunning.Should().BeFalse();
        own.Clients.Should().BeEmpty();
        Func<Task> reconnect = () => WebSocketTestClient.ConnectAsync(new Uri(address, "ws"), new ClientIdentity("usr_late"));
        await reconnect.Should().ThrowAsync<WebSocketException>();
    }

    [Fact]
    public async Task ConnectAsync_HeadersTransportWithDelegateConfiguredFixture_ServerSeesIdentityOnlyInHeaders()
    {
        await using var own = new KestrelWebSocketFixture(new KestrelWebSocketFixtureOptions
        {
            MapEndpoints = app => app.Map("/ws", TestEndpoints.EchoAsync),
            Client = new WebSocketTestClientOptions { IdentityTransport = IdentityTransports.Headers },
        });
        await own.StartAsync();

        await using WebSocketTestClient client = await own.ConnectAsync(new ClientIdentity("usr_header", "conn_h"));

        ObservedEvent welcome = await client.CreateProbe().ExpectAsync("welcome");
        welcome.UserId.Should().Be("usr_header");
        welcome.Payload["connection_id"].Should().Be("conn_h");
        welcome.Payload["header_user"].Should().Be("usr_header");
        welcome.Payload["query_user"].Should().BeNull();
        client.Uri.Query.Should().BeEmpty();
    }

    [Fact]
    public async Task ConnectAsync_CustomTransport_TeamDelegateDecidesTheUri()
    {
        var options = new WebSocketTestClientOptions
        {
            IdentityTransport = (identity, endpoint, _) => new Uri(endpoint + "?user_id=custom_" + identity.UserId),
        };

        await using WebSocketTestClient client = await WebSocketTestClient.ConnectAsync(new Uri(fixture.BaseAddress, "ws"), new ClientIdentity("usr_c"), options);

        (await client.CreateProbe().ExpectAsync("welcome")).UserId.Should().Be("custom_usr_c");
    }
}
