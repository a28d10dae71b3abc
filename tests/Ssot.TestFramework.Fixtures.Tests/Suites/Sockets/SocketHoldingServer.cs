using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Ssot.TestFramework.Fixtures.Suites;
using Ssot.TestFramework.Fixtures.WebSockets;

namespace Ssot.TestFramework.Fixtures.Tests.Suites.Sockets;

/// <summary>
/// A correct server whose per-connection object keeps its WebSocket (as many real servers do), even after the
/// connection closed. The system forgets closed connections, but a walk from a closed connection's object into its
/// socket meets objects Kestrel shares with every other open socket: the suite must not blame the system for those.
/// </summary>
public sealed class SocketHoldingFixture : KestrelWebSocketFixture
{
    public SocketHoldingServer Server { get; } = new();

    public KestrelIsolationHarness CreateHarness() => new(this, new KestrelIsolationHarnessOptions
    {
        DisconnectTimeout = TimeSpan.FromMinutes(1),
        ConnectionOf = user => Server.Find(user.ConnectionId.Value),
        SystemRoots = () => [Server],
    });

    protected override void MapEndpoints(WebApplication app) => app.Map("/ws", Server.HandleAsync);
}

/// <summary>See <see cref="SocketHoldingFixture"/>.</summary>
public sealed class SocketHoldingServer
{
    private readonly ConcurrentDictionary<string, SocketSession> _sessions = new(StringComparer.Ordinal);

    public SocketSession? Find(string connectionId) => _sessions.TryGetValue(connectionId, out SocketSession? session) ? session : null;

    public async Task HandleAsync(HttpContext context)
    {
        ClientIdentity? identity = ClientIdentityReader.Read(context);
        if (!context.WebSockets.IsWebSocketRequest || identity?.ConnectionId is null)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        WebSocket socket = await context.WebSockets.AcceptWebSocketAsync();
        var session = new SocketSession(identity.UserId, socket);
        _sessions[identity.ConnectionId] = session;
        try
        {
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
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                    return;
                }

                // One message is one start_run command (small enough for the buffer); the run is a single completion event.
                using var command = System.Text.Json.JsonDocument.Parse(buffer.AsMemory(0, result.Count));
                string? run = command.RootElement.GetProperty("run_id").GetString();
                await session.SendAsync(System.Text.Json.JsonSerializer.Serialize(new { type = "agent_completed", user_id = session.UserId, run_id = run }));
            }
        }
        finally
        {
            _sessions.TryRemove(identity.ConnectionId, out _); // The session keeps its socket: harmless once forgotten.
        }
    }
}

/// <summary>The server's object for one connection: who it is and its socket.</summary>
public sealed class SocketSession(string userId, WebSocket socket)
{
    public string UserId { get; } = userId;

    public WebSocket Socket { get; } = socket;

    public int Sent { get; set; }

    public Task SendAsync(string text) => Socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);
}
