using System.Net.WebSockets;

namespace Ssot.TestFramework.Fixtures.WebSockets;

/// <summary>
/// Passes a <see cref="ClientIdentity"/> to the server when a client connects: it may set request headers on
/// <paramref name="options"/> and returns the URI to connect to (e.g. with a query string added).
/// Built-in transports are on <see cref="IdentityTransports"/>. Must be thread-safe.
/// </summary>
/// <param name="identity">Who connects.</param>
/// <param name="endpoint">The endpoint's <c>ws://</c> URI without identity.</param>
/// <param name="options">The socket's options, for headers.</param>
/// <returns>The URI to connect to.</returns>
public delegate Uri IdentityTransport(ClientIdentity identity, Uri endpoint, ClientWebSocketOptions options);
