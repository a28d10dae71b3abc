using System.Net.Http;
using System.Net.WebSockets;
using Ssot.TestFramework.Fixtures.Events;

namespace Ssot.TestFramework.Fixtures.WebSockets;

/// <summary>Options for <see cref="WebSocketTestClient"/>. Not thread-safe while being set; read when a client connects.</summary>
public sealed class WebSocketTestClientOptions
{
    private int? _socketReceiveBufferSize;

    /// <summary>Gets or sets how received text becomes events. Default <see cref="JsonEventParser.Default"/>.</summary>
    public IEventParser Parser { get; set; } = JsonEventParser.Default;

    /// <summary>Gets or sets the clock that stamps received frames. Default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    /// <summary>Gets or sets how the identity reaches the server. Default <see cref="IdentityTransports.QueryStringAndHeaders"/>.</summary>
    public IdentityTransport IdentityTransport { get; set; } = IdentityTransports.QueryStringAndHeaders;

    /// <summary>Gets or sets a hook to adjust the socket's options (sub-protocols, more headers). Default none.</summary>
    public Action<ClientWebSocketOptions>? ConfigureSocket { get; set; }

    /// <summary>Gets or sets the connect timeout. Default 10 seconds.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Gets or sets how long a close handshake may take before the socket is aborted. Default 5 seconds.</summary>
    public TimeSpan CloseTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Gets or sets the receive buffer size in bytes (messages may be larger). Default 16 KiB.</summary>
    public int ReceiveBufferSize { get; set; } = 16 * 1024;

    /// <summary>
    /// Gets or sets the TCP receive buffer (<c>SO_RCVBUF</c>) of the client's socket in bytes, set before it connects, or
    /// <see langword="null"/> (the default) for the OS default with autotuning. Setting it bounds what a client holds
    /// unread while <see cref="WebSocketTestClient.PauseReading"/> is in effect (<see cref="WebSocketTestClient.UnreadCapacity"/>),
    /// which the event-ordering suite's slow-consumer check needs; e.g. 4096. The client then connects through its own
    /// <see cref="SocketsHttpHandler"/>, so <see cref="ConfigureSocket"/> must not set options that belong to a handler
    /// (credentials, proxy, cookies, client certificates).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is zero or negative.</exception>
    public int? SocketReceiveBufferSize
    {
        get => _socketReceiveBufferSize;
        set
        {
            if (value is <= 0)
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, $"SocketReceiveBufferSize must be a positive number of bytes (e.g. 4096), or null for the OS default; got {value}.");
            }

            _socketReceiveBufferSize = value;
        }
    }
}
