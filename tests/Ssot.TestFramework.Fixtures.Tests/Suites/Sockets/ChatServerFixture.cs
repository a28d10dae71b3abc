using Microsoft.AspNetCore.Builder;
using Ssot.TestFramework.Fixtures.Suites;
using Ssot.TestFramework.Fixtures.WebSockets;

namespace Ssot.TestFramework.Fixtures.Tests.Suites.Sockets;

/// <summary>What a team writes: its server on the Kestrel fixture, and a harness that knows where its state lives.</summary>
public sealed class ChatServerFixture : KestrelWebSocketFixture
{
    public ChatServerFixture()
        : this(new ChatServer())
    {
    }

    /// <param name="server">The server.</param>
    /// <param name="capBuffers">
    /// Whether the server's send buffers and the clients' receive buffers are capped (4 KiB), as a team does to enable the
    /// ordering suite's slow-consumer check; without, that check is not applicable.
    /// </param>
    internal ChatServerFixture(ChatServer server, bool capBuffers = true)
    {
        Server = server;
        if (!capBuffers)
        {
            return;
        }

        Options.SendBufferSize = 4096;
        Options.Client.SocketReceiveBufferSize = 4096;
    }

    public ChatServer Server { get; }

    public KestrelIsolationHarness CreateHarness() => new(this, new KestrelIsolationHarnessOptions
    {
        // The wait for the server to forget a closed connection ends as soon as it does; the limit only stops a hang,
        // so that a busy machine never makes a correct server look like it keeps the connection.
        DisconnectTimeout = TimeSpan.FromMinutes(1),
        ConnectionOf = user => Server.Find(user.ConnectionId.Value),
        SystemRoots = () => [Server],
        WriteState = (user, key, value, _) =>
        {
            Server.WriteState(user.ConnectionId.Value, key, value);
            return Task.CompletedTask;
        },
        ReadState = (user, key, _) => Task.FromResult(Server.ReadState(user.ConnectionId.Value, key)),
    });

    protected override void MapEndpoints(WebApplication app) => app.Map("/ws", Server.HandleAsync);
}
