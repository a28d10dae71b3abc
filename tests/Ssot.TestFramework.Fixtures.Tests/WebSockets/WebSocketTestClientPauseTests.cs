using System.Net.WebSockets;
using System.Text;
using FluentAssertions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections.Features;
using Microsoft.AspNetCore.Http;
using Ssot.TestFramework.Fixtures.WebSockets;

namespace Ssot.TestFramework.Fixtures.Tests.WebSockets;

/// <summary>Pausing a client's reading, and the buffer caps that make what a paused path holds known, on real sockets.</summary>
public sealed class WebSocketTestClientPauseTests
{
    private const int Messages = 20;

    [Fact]
    public async Task PauseReading_ServerSendsWhilePaused_NothingNewIsRecordedUntilResumedThenEverythingInOrder()
    {
        var sent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using KestrelWebSocketFixture fixture = await StartAsync(new KestrelWebSocketFixtureOptions { MapEndpoints = app => app.Map("/ws", c => EmitAsync(c, sent)) });
        await using WebSocketTestClient client = await fixture.ConnectAsync(new ClientIdentity("usr_slow"));

        client.PauseReading();
        client.IsReadingPaused.Should().BeTrue();
        await client.SendTextAsync("go");
        await sent.Task; // The server handed every message to its socket: they are on the way or in the client's buffers.

        client.Frames.Should().BeEmpty("a paused client records nothing new");
        client.Events.Snapshot().Should().BeEmpty();

        client.ResumeReading();
        client.IsReadingPaused.Should().BeFalse();
        await client.CreateProbe().ExpectAsync(e => e.Type == "n" && (string?)e.Payload["k"] == $"{Messages}");
        client.Events.Snapshot().Select(e => (string?)e.Payload["k"]).Should().Equal(Enumerable.Range(1, Messages).Select(k => $"{k}"));
        client.Frames.Select(f => f.Sequence).Should().Equal(Enumerable.Range(1, Messages).Select(k => (long)k));
    }

    [Fact]
    public async Task PauseReading_NeverPaused_RecordsAsTheServerSends()
    {
        var sent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using KestrelWebSocketFixture fixture = await StartAsync(new KestrelWebSocketFixtureOptions { MapEndpoints = app => app.Map("/ws", c => EmitAsync(c, sent)) });
        await using WebSocketTestClient client = await fixture.ConnectAsync(new ClientIdentity("usr_fast"));

        client.ResumeReading(); // Resuming a client that is not paused changes nothing.
        await client.SendTextAsync("go");

        await client.CreateProbe().ExpectAsync(e => e.Type == "n" && (string?)e.Payload["k"] == $"{Messages}");
        client.Events.Snapshot().Should().HaveCount(Messages);
    }

    [Fact]
    public async Task CloseAsync_WhilePaused_ResumesAndRecordsEverythingBeforeTheServersClose()
    {
        var sent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using KestrelWebSocketFixture fixture = await StartAsync(new KestrelWebSocketFixtureOptions { MapEndpoints = app => app.Map("/ws", c => EmitAsync(c, sent)) });
        WebSocketTestClient client = await fixture.ConnectAsync(new ClientIdentity("usr_closing"));
        client.PauseReading();
        await client.SendTextAsync("go");
        await sent.Task;

        await client.DisposeAsync();

        client.State.Should().Be(WebSocketState.Closed, "the close handshake completed instead of timing out behind the pause");
        client.Events.Snapshot().Should().HaveCount(Messages);
    }

    [Fact]
    public async Task SocketReceiveBufferSize_Set_KernelSizeIsReadBackAndUnreadCapacityIsKnown()
    {
        var options = new KestrelWebSocketFixtureOptions { MapEndpoints = app => app.Map("/ws", c => EmitAsync(c, new TaskCompletionSource())) };
        options.Client.SocketReceiveBufferSize = 4096;
        await using KestrelWebSocketFixture fixture = await StartAsync(options);
        await using WebSocketTestClient client = await fixture.ConnectAsync(new ClientIdentity("usr_small"));

        // Linux doubles SO_RCVBUF for its bookkeeping and reports the doubled figure; other systems report what was set.
        client.EffectiveSocketReceiveBufferSize.Should().Be(OperatingSystem.IsLinux() ? 8192 : 4096);
        client.UnreadCapacity.Should().Be(client.EffectiveSocketReceiveBufferSize + options.Client.ReceiveBufferSize + WebSocketTestClient.FrameworkReadBufferBytes);
    }

    [Fact]
    public async Task SocketReceiveBufferSize_NotSet_UnreadCapacityIsUnknown()
    {
        await using KestrelWebSocketFixture fixture = await StartAsync(new KestrelWebSocketFixtureOptions { MapEndpoints = app => app.Map("/ws", c => EmitAsync(c, new TaskCompletionSource())) });
        await using WebSocketTestClient client = await fixture.ConnectAsync(new ClientIdentity("usr_default"));

        client.EffectiveSocketReceiveBufferSize.Should().BeNull();
        client.UnreadCapacity.Should().BeNull();
        fixture.EffectiveSendBufferSize.Should().BeNull();
        fixture.SendCapacity.Should().BeNull();
    }

    [Fact]
    public async Task SendBufferSize_Set_AcceptedConnectionsInheritTheListenSocketsKernelSize()
    {
        var accepted = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var options = new KestrelWebSocketFixtureOptions
        {
            SendBufferSize = 4096,
            MapEndpoints = app => app.Map("/ws", context =>
            {
                accepted.TrySetResult(context.Features.Get<IConnectionSocketFeature>()!.Socket.SendBufferSize);
                return EmitAsync(context, new TaskCompletionSource());
            }),
        };
        await using KestrelWebSocketFixture fixture = await StartAsync(options);
        await using WebSocketTestClient client = await fixture.ConnectAsync(new ClientIdentity("usr_capped"));

        int acceptedSize = await accepted.Task;
        fixture.EffectiveSendBufferSize.Should().Be(OperatingSystem.IsLinux() ? 8192 : 4096);
        acceptedSize.Should().Be(fixture.EffectiveSendBufferSize, "an accepted connection inherits the listen socket's send buffer");
        fixture.SendCapacity.Should().Be(fixture.EffectiveSendBufferSize + (2 * 4096));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void BufferSizes_NotPositive_ThrowNamingTheValueAndWhatToSet(int size)
    {
        Action client = () => new WebSocketTestClientOptions().SocketReceiveBufferSize = size;
        Action server = () => new KestrelWebSocketFixtureOptions().SendBufferSize = size;

        client.Should().Throw<ArgumentOutOfRangeException>().WithMessage($"SocketReceiveBufferSize must be a positive number of bytes (e.g. 4096), or null for the OS default; got {size}.*");
        server.Should().Throw<ArgumentOutOfRangeException>().WithMessage($"SendBufferSize must be a positive number of bytes (e.g. 4096), or null for Kestrel's and the OS's defaults; got {size}.*");
    }

    private static async Task<KestrelWebSocketFixture> StartAsync(KestrelWebSocketFixtureOptions options)
    {
        var fixture = new KestrelWebSocketFixture(options);
        await fixture.StartAsync();
        return fixture;
    }

    /// <summary>On any text message, sends <see cref="Messages"/> numbered events, then reports that they were all handed to the socket.</summary>
    private static async Task EmitAsync(HttpContext context, TaskCompletionSource sent)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        using WebSocket socket = await context.WebSockets.AcceptWebSocketAsync();
        byte[] buffer = new byte[1024];
        while (true)
        {
            WebSocketReceiveResult result;
            try
            {
                result = await socket.ReceiveAsync(buffer, CancellationToken.None);
            }
            catch (WebSocketException)
            {
                return;
            }

            if (result.MessageType == WebSocketMessageType.Close)
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
                return;
            }

            for (int k = 1; k <= Messages; k++)
            {
                await socket.SendAsync(Encoding.UTF8.GetBytes($$"""{"type":"n","k":"{{k}}"}"""), WebSocketMessageType.Text, true, CancellationToken.None);
            }

            sent.TrySetResult();
        }
    }
}
