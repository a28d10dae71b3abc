using System.Net.WebSockets;

namespace Ssot.TestFramework.WebSockets;

/// <summary>
/// Two connected <see cref="WebSocket"/>s that speak the real WebSocket framing protocol over an in-memory duplex
/// stream, so code under test can be exercised without sockets, ports or an HTTP server.
/// </summary>
/// <remarks>
/// Keep-alive pings are disabled. Each socket supports one concurrent receive and one concurrent send, as
/// <see cref="WebSocket"/> itself does. Disposing the pair aborts both sockets (without a close handshake) and
/// completes any pending reads; it is idempotent and thread-safe.
/// </remarks>
public sealed class InMemoryWebSocketPair : IDisposable, IAsyncDisposable
{
    private readonly Stream _clientStream;
    private readonly Stream _serverStream;
    private int _disposed;

    private InMemoryWebSocketPair(Stream clientStream, Stream serverStream, string? subProtocol)
    {
        _clientStream = clientStream;
        _serverStream = serverStream;
        Client = WebSocket.CreateFromStream(clientStream, Options(isServer: false, subProtocol));
        Server = WebSocket.CreateFromStream(serverStream, Options(isServer: true, subProtocol));
    }

    /// <summary>Gets the client end (masks its frames, as a real client does).</summary>
    public WebSocket Client { get; }

    /// <summary>Gets the server end.</summary>
    public WebSocket Server { get; }

    /// <summary>Creates a connected pair; both sockets start in <see cref="WebSocketState.Open"/>.</summary>
    /// <param name="subProtocol">The negotiated sub-protocol reported by both sockets; default <see langword="null"/>.</param>
    /// <returns>The pair; dispose it when done.</returns>
    public static InMemoryWebSocketPair Create(string? subProtocol = null)
    {
        (InMemoryDuplexStream? client, InMemoryDuplexStream? server) = InMemoryDuplexStream.CreatePair();
        return new InMemoryWebSocketPair(client, server, subProtocol);
    }

    /// <summary>Disposes both sockets and the in-memory streams.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        Client.Dispose();
        Server.Dispose();
        _clientStream.Dispose();
        _serverStream.Dispose();
    }

    /// <summary>Disposes both sockets and the in-memory streams.</summary>
    /// <returns>A completed task.</returns>
    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    private static WebSocketCreationOptions Options(bool isServer, string? subProtocol) => new()
    {
        IsServer = isServer,
        SubProtocol = subProtocol,
        KeepAliveInterval = TimeSpan.Zero,
    };
}
