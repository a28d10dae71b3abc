using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Ssot.TestFramework.Fixtures.WebSockets;

namespace Ssot.TestFramework.Tests.Fixtures.Suites.Sockets;

/// <summary>
/// A small, correct chat server for real-socket tests and the delivery benchmark: one WebSocket per connection, a
/// <c>{"type":"start_run","run_id":…}</c> command starts an agent run that emits the five critical events carrying
/// <c>user_id</c>, <c>run_id</c>, <c>tool_call_id</c> and <c>sent_at</c> (ISO-8601) to the connection that asked.
/// </summary>
/// <remarks>Each virtual step can be overridden by a seeded bug. Thread-safe.</remarks>
public class ChatServer
{
    private readonly ConcurrentDictionary<string, ChatConnection> _connections = new(StringComparer.Ordinal);

    public int ConnectionCount => _connections.Count;

    public ChatConnection? Find(string connectionId) => _connections.TryGetValue(connectionId, out ChatConnection? connection) ? connection : null;

    public async Task HandleAsync(HttpContext context)
    {
        ClientIdentity? identity = ClientIdentityReader.Read(context);
        if (!context.WebSockets.IsWebSocketRequest || identity is null)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var connection = new ChatConnection(identity.UserId, identity.ConnectionId ?? Guid.NewGuid().ToString("N"));
        Register(connection);
        Task pump = Task.CompletedTask;
        WebSocket? socket = null;
        var runs = new List<Task>(); // Local, never in ChatConnection: walking the server's state must not wander into tasks.
        try
        {
            // Registered before the handshake completes, so the client never sees an open socket the server does not know.
            socket = await context.WebSockets.AcceptWebSocketAsync();
            Accepted(connection, socket);
            pump = PumpAsync(socket, connection);
            await ReceiveLoopAsync(socket, connection, runs);
        }
        finally
        {
            Unregister(connection);
            // The client closed: runs still going finish writing to the outbox before it completes, so nothing they send is lost.
            await Task.WhenAll(runs).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            await BeforeCloseAsync(connection);
            connection.Outbox.Writer.TryComplete();
            await pump;
            if (socket is { State: WebSocketState.CloseReceived })
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
            }

            socket?.Dispose();
        }
    }

    public void WriteState(string connectionId, string key, string value) => Connected(connectionId).Write(key, value);

    public string? ReadState(string connectionId, string key) => Connected(connectionId).Read(key);

    protected virtual void Register(ChatConnection connection) => _connections[connection.ConnectionId] = connection;

    protected virtual void Unregister(ChatConnection connection) => _connections.TryRemove(connection.ConnectionId, out _);

    /// <summary>The run's events, in protocol order.</summary>
    protected virtual IReadOnlyList<(string Type, string? ToolCall)> Script(string runId) =>
    [
        ("agent_started", null), ("agent_thinking", null), ("tool_executing", runId + "-tool"), ("tool_completed", runId + "-tool"), ("agent_completed", null),
    ];

    protected virtual async Task RunAgentAsync(ChatConnection connection, string runId)
    {
        foreach ((string type, string? toolCall) in Script(runId))
        {
            await Task.Yield();
            await DeliverAsync(connection, Event(connection, type, runId, toolCall));
        }

        await AfterCompletionAsync(connection, runId);
    }

    protected virtual Task AfterCompletionAsync(ChatConnection connection, string runId) => Task.CompletedTask;

    /// <summary>Called once the connection's WebSocket is open, before its send pump starts. Default: nothing.</summary>
    protected virtual void Accepted(ChatConnection connection, WebSocket socket)
    {
    }

    /// <summary>Called when the client closed (or went away), after its runs finished and before the outbox completes.</summary>
    protected virtual Task BeforeCloseAsync(ChatConnection connection) => Task.CompletedTask;

    protected virtual Task DeliverAsync(ChatConnection connection, string json)
    {
        connection.Outbox.Writer.TryWrite(json);
        return Task.CompletedTask;
    }

    protected static string Event(ChatConnection connection, string type, string runId, string? toolCall) => JsonSerializer.Serialize(new Dictionary<string, string?>
    {
        ["type"] = type,
        ["user_id"] = connection.UserId,
        ["run_id"] = runId,
        ["tool_call_id"] = toolCall,
        ["sent_at"] = DateTimeOffset.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
    });

    private ChatConnection Connected(string connectionId) => Find(connectionId) ?? throw new InvalidOperationException($"Connection {connectionId} is not open.");

    private static async Task PumpAsync(WebSocket socket, ChatConnection connection)
    {
        try
        {
            await foreach (string message in connection.Outbox.Reader.ReadAllAsync())
            {
                await socket.SendAsync(Encoding.UTF8.GetBytes(message), WebSocketMessageType.Text, true, CancellationToken.None);
            }

            if (connection.CloseRequested && socket.State == WebSocketState.Open)
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "closed by the server", CancellationToken.None);
            }
        }
        catch (WebSocketException)
        {
            // The client went away; remaining events have nowhere to go.
        }
    }

    private async Task ReceiveLoopAsync(WebSocket socket, ChatConnection connection, List<Task> runs)
    {
        var buffer = new byte[4096];
        using var message = new MemoryStream();
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

            if (result.MessageType == WebSocketMessageType.Close) return;
            message.Write(buffer, 0, result.Count);
            if (!result.EndOfMessage) continue;
            string text = Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length);
            message.SetLength(0);
            using JsonDocument command = JsonDocument.Parse(text);
            if (command.RootElement.TryGetProperty("type", out JsonElement type) && type.GetString() == "start_run"
                && command.RootElement.TryGetProperty("run_id", out JsonElement run) && run.GetString() is { } runId)
            {
                runs.Add(Task.Run(() => RunAgentAsync(connection, runId)));
            }
        }
    }
}
