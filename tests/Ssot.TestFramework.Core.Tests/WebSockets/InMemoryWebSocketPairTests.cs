using System.Net.WebSockets;
using System.Text;
using FluentAssertions;
using Ssot.TestFramework.WebSockets;

namespace Ssot.TestFramework.Core.Tests.WebSockets;

public sealed class InMemoryWebSocketPairTests
{
    private static readonly TimeSpan s_guard = TimeSpan.FromSeconds(10);

    [Fact]
    public void Create_Always_BothEndsOpenWithSubProtocol()
    {
        using var pair = InMemoryWebSocketPair.Create("chat.v1");

        pair.Client.State.Should().Be(WebSocketState.Open);
        pair.Server.State.Should().Be(WebSocketState.Open);
        pair.Client.SubProtocol.Should().Be("chat.v1");
        pair.Server.SubProtocol.Should().Be("chat.v1");
    }

    [Fact]
    public async Task SendAsync_TextBothWays_PeerReceivesIt()
    {
        await using var pair = InMemoryWebSocketPair.Create();

        await pair.Client.SendAsync(Encoding.UTF8.GetBytes("hello server"), WebSocketMessageType.Text, true, default);
        (WebSocketMessageType Type, byte[] Payload, int Reads) atServer = await ReceiveMessageAsync(pair.Server, 64);
        await pair.Server.SendAsync(Encoding.UTF8.GetBytes("hello client"), WebSocketMessageType.Text, true, default);
        (WebSocketMessageType Type, byte[] Payload, int Reads) atClient = await ReceiveMessageAsync(pair.Client, 64);

        atServer.Type.Should().Be(WebSocketMessageType.Text);
        Encoding.UTF8.GetString(atServer.Payload).Should().Be("hello server");
        atClient.Type.Should().Be(WebSocketMessageType.Text);
        Encoding.UTF8.GetString(atClient.Payload).Should().Be("hello client");
    }

    [Fact]
    public async Task SendAsync_BinaryLargerThanReceiveBuffer_ArrivesInSeveralReadsIntact()
    {
        await using var pair = InMemoryWebSocketPair.Create();
        byte[] payload = new byte[100_000];
        new Random(7).NextBytes(payload);

        Task<(WebSocketMessageType Type, byte[] Payload, int Reads)> receive = ReceiveMessageAsync(pair.Server, 4_096);
        // Three frames of one message, each larger than the receiver's buffer.
        await pair.Client.SendAsync(payload.AsMemory(0, 30_000), WebSocketMessageType.Binary, false, default);
        await pair.Client.SendAsync(payload.AsMemory(30_000, 30_000), WebSocketMessageType.Binary, false, default);
        await pair.Client.SendAsync(payload.AsMemory(60_000), WebSocketMessageType.Binary, true, default);
        (WebSocketMessageType Type, byte[] Payload, int Reads) message = await receive.WaitAsync(s_guard);

        message.Type.Should().Be(WebSocketMessageType.Binary);
        message.Reads.Should().BeGreaterThan(3);
        message.Payload.Should().Equal(payload);
    }

    [Fact]
    public async Task SendAsync_BinaryFromServer_ClientReceivesIt()
    {
        await using var pair = InMemoryWebSocketPair.Create();
        byte[] payload = [1, 2, 3, 0, 255];

        await pair.Server.SendAsync(payload, WebSocketMessageType.Binary, true, default);
        (WebSocketMessageType Type, byte[] Payload, int Reads) message = await ReceiveMessageAsync(pair.Client, 2).WaitAsync(s_guard);

        message.Type.Should().Be(WebSocketMessageType.Binary);
        message.Payload.Should().Equal(payload);
    }

    [Fact]
    public async Task CloseAsync_Handshake_PeerSeesStatusAndBothEndsClosed()
    {
        await using var pair = InMemoryWebSocketPair.Create();

        Task<WebSocketReceiveResult> serverReceive = pair.Server.ReceiveAsync(new byte[16], default);
        Task clientClose = pair.Client.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", default);
        WebSocketReceiveResult result = await serverReceive.WaitAsync(s_guard);

        result.MessageType.Should().Be(WebSocketMessageType.Close);
        result.CloseStatus.Should().Be(WebSocketCloseStatus.NormalClosure);
        result.CloseStatusDescription.Should().Be("bye");
        pair.Server.State.Should().Be(WebSocketState.CloseReceived);

        await pair.Server.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", default).WaitAsync(s_guard);
        await clientClose.WaitAsync(s_guard);

        pair.Server.State.Should().Be(WebSocketState.Closed);
        pair.Client.State.Should().Be(WebSocketState.Closed);
        pair.Client.CloseStatus.Should().Be(WebSocketCloseStatus.NormalClosure);
        pair.Client.CloseStatusDescription.Should().Be("bye");
    }

    [Fact]
    public async Task Dispose_PendingReceive_CompletesInsteadOfHanging()
    {
        var pair = InMemoryWebSocketPair.Create();
        Task<WebSocketReceiveResult> receive = pair.Server.ReceiveAsync(new byte[16], default);

        pair.Dispose();
        Func<Task<WebSocketReceiveResult>> act = () => receive.WaitAsync(s_guard);

        (await act.Should().ThrowAsync<Exception>()).Which.Should().NotBeOfType<TimeoutException>();
    }

    [Fact]
    public async Task SendAsync_BothEndsSendAndReceiveConcurrently_AllMessagesArriveInOrder()
    {
        await using var pair = InMemoryWebSocketPair.Create();
        const int Count = 50;

        Task<List<string>> serverReceives = ReceiveManyAsync(pair.Server, Count);
        Task<List<string>> clientReceives = ReceiveManyAsync(pair.Client, Count);
        await Task.WhenAll(SendManyAsync(pair.Client, "c", Count), SendManyAsync(pair.Server, "s", Count)).WaitAsync(s_guard);

        (await serverReceives.WaitAsync(s_guard)).Should().Equal(Enumerable.Range(0, Count).Select(i => $"c{i}"));
        (await clientReceives.WaitAsync(s_guard)).Should().Equal(Enumerable.Range(0, Count).Select(i => $"s{i}"));
    }

    private static async Task SendManyAsync(WebSocket socket, string prefix, int count)
    {
        await Task.Yield();
        for (int i = 0; i < count; i++)
        {
            await socket.SendAsync(Encoding.UTF8.GetBytes($"{prefix}{i}"), WebSocketMessageType.Text, true, default);
        }
    }

    private static async Task<List<string>> ReceiveManyAsync(WebSocket socket, int count)
    {
        var received = new List<string>();
        while (received.Count < count)
        {
            (WebSocketMessageType Type, byte[] Payload, int Reads) message = await ReceiveMessageAsync(socket, 8);
            received.Add(Encoding.UTF8.GetString(message.Payload));
        }

        return received;
    }

    private static async Task<(WebSocketMessageType Type, byte[] Payload, int Reads)> ReceiveMessageAsync(WebSocket socket, int bufferSize)
    {
        byte[] buffer = new byte[bufferSize];
        using var message = new MemoryStream();
        int reads = 0;
        while (true)
        {
            WebSocketReceiveResult result = await socket.ReceiveAsync(buffer, default);
            reads++;
            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return (result.MessageType, message.ToArray(), reads);
            }
        }
    }
}
