using System.Net.WebSockets;
using Ssot.TestFramework.Fixtures.Events;

namespace Ssot.TestFramework.Fixtures.WebSockets;

/// <summary>Options for <see cref="WebSocketTestClient"/>. Not thread-safe while being set; read when a client connects.</summary>
public sealed class WebSocketTestClientOptions
{
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
}
