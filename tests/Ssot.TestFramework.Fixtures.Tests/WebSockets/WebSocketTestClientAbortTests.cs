using System.Net.WebSockets;
using FluentAssertions;
using Ssot.TestFramework.Fixtures.WebSockets;

namespace Ssot.TestFramework.Fixtures.Tests.WebSockets;

public sealed class WebSocketTestClientAbortTests(EchoWebSocketFixture fixture) : IClassFixture<EchoWebSocketFixture>
{
    [Fact]
    public async Task Abort_OpenSocket_EndsTheReceiveLoopWithoutAHandshakeAndCompletesEvents()
    {
        await using WebSocketTestClient client = await fixture.ConnectAsync(new ClientIdentity("usr_abort", "conn_abort"));
        await client.CreateProbe().ExpectAsync("welcome");

        client.Abort();
        await client.Completion;

        client.State.Should().Be(WebSocketState.Aborted);
        client.CloseStatus.Should().BeNull("no close frame was exchanged");
        client.ReceiveError.Should().NotBeNull("the receive loop ended because the socket was dropped, not closed");
        client.Events.IsCompleted.Should().BeTrue();
    }

    [Fact]
    public async Task Abort_ThenDispose_ReleasesTheClientOnce()
    {
        WebSocketTestClient client = await fixture.ConnectAsync(new ClientIdentity("usr_abort2", "conn_abort2"));

        client.Abort();
        client.Abort();
        await client.DisposeAsync();

        fixture.Clients.Should().NotContain(client);
        client.State.Should().Be(WebSocketState.Aborted);
    }

    [Fact]
    public async Task Abort_WhileReadingIsPaused_StillEndsTheReceiveLoop()
    {
        await using WebSocketTestClient client = await fixture.ConnectAsync(new ClientIdentity("usr_abort3", "conn_abort3"));
        await client.CreateProbe().ExpectAsync("welcome");
        client.PauseReading();

        client.Abort();
        // The limit only stops a hang: a paused loop that Abort did not release would never end.
        await client.Completion.WaitAsync(TimeSpan.FromMinutes(1));

        client.IsReadingPaused.Should().BeFalse("aborting resumes reading so the loop can end");
        client.Events.IsCompleted.Should().BeTrue();
    }
}
