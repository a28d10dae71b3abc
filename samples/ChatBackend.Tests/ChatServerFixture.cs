using Chat.Hosting;
using Microsoft.AspNetCore.Builder;
using Ssot.TestFramework.Fixtures.Suites;
using Ssot.TestFramework.Fixtures.WebSockets;

namespace Chat.Tests;

/// <summary>The real chat endpoint on a real Kestrel server (127.0.0.1, port 0), shared by a test class.</summary>
public sealed class ChatServerFixture : KestrelWebSocketFixture
{
    public ChatServerFixture()
    {
        // Capped buffers make what the path to a client that stops reading holds known, which the ordering suite's
        // slow-consumer check needs to make the server's send certainly busy.
        Options.SendBufferSize = 4096;
        Options.Client.SocketReceiveBufferSize = 4096;
    }

    public ChatServer Server { get; } = new();

    public KestrelIsolationHarness CreateHarness() => new(this, new KestrelIsolationHarnessOptions
    {
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
