using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Ssot.TestFramework.Fixtures.WebSockets;

namespace Ssot.TestFramework.Fixtures.Tests.Suites.Sockets;

/// <summary>
/// A small, correct chat server for real-socket tests and the delivery benchmark: one WebSocket per connection, a
/// <c>{"type":"start_run","run_id":…}</c> command starts an agent run that emits the five critical events carrying
/// <c>user_id</c>, <c>run_id</c>, <c>thread_id</c>, <c>tool_call_id</c> and <c>sent_at</c> (ISO-8601) to the connection
/// that asked. The user and thread ids come from the connection's identity, never from the command: a command whose
/// <c>user_id</c> or <c>thread_id</c> differs from the connection's is refused with an <c>error</c> event carrying the
/// connection's own ids.
/// </summary>
/// <remarks>Each virtual step can be overridden by a seeded bug. Thread-safe.</remarks>
public class ChatServer
{
    private readonly ConcurrentDictionary<string, ChatConnection> _connections = new(StringComparer.Ordinal);

    private int _held;

    public int ConnectionCount => _connections.Count;

    /// <summary>
    /// Gets a value indicating whether the server's first run, after its first event, waits until its client left before
    /// sending the rest (to that connection's outbox, drained before the server answers the close; after an abort they
    /// go nowhere): a run deterministically still in flight when its user leaves. Default <see langword="false"/>.
    /// </summary>
    public bool HoldFirstRunUntilClosed { get; init; }

    /// <summary>Gets the open connections.</summary>
    protected IEnumerable<ChatConnection> OpenConnections => _connections.Values;

    public ChatConnection? Find(string connectionId) => _connections.TryGetValue(connectionId, out ChatConnection? connection) ? connection : null;

    public async Task HandleAsync(HttpContext context)
    {
        ClientIdentity? identity = ClientIdentityReader.Read(context);
        if (!context.WebSockets.IsWebSocketRequest || identity is null)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        string? thread = context.Request.Query[ClientIdentity.ThreadIdKey];
        if (string.IsNullOrEmpty(thread))
        {
            thread = context.Request.Headers[ClientIdentity.ThreadIdKey];
        }

        var connection = new ChatConnection(identity.UserId, identity.ConnectionId ?? Guid.NewGuid().ToString("N"), string.IsNullOrEmpty(thread) ? null : thread);
        Register(connection);
        Task pump = Task.CompletedTask;
        WebSocket? socket = null;
        var runs = new List<Task>(); // Local, never in ChatConnection: walking the server's state must not wander into tasks.
        bool cleanly = false;
        try
        {
            // Registered before the handshake completes, so the client never sees an open socket the server does not know.
            socket = await context.WebSockets.AcceptWebSocketAsync();
            Accepted(connection, socket);
            pump = PumpAsync(socket, connection);
            cleanly = await ReceiveLoopAsync(socket, connection, runs);
        }
        finally
        {
            Closed(connection, cleanly);
            connection.MarkClosed();
            // The client left: runs still going finish writing to the outbox before it completes, so nothing they send is lost.
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

    /// <summary>The connection ended: <paramref name="cleanly"/> after a close frame, otherwise aborted (no close handshake).</summary>
    protected virtual void Closed(ChatConnection connection, bool cleanly) => Unregister(connection);

    /// <summary>
    /// Handles a <c>start_run</c> command: refuses it when it claims another user or thread than the connection's,
    /// otherwise runs the agent for the connection.
    /// </summary>
    /// <returns>The run's task (awaited before the connection's outbox completes), or a completed task when refused.</returns>
    protected virtual Task StartRun(ChatConnection connection, RunCommand command)
    {
        if ((command.UserId is not null && command.UserId != connection.UserId)
            || (command.ThreadId is not null && connection.ThreadId is not null && command.ThreadId != connection.ThreadId))
        {
            connection.Outbox.Writer.TryWrite(Event(connection, "error", command.RunId, null, reason: "the command names another user or thread than this connection's"));
            return Task.CompletedTask;
        }

        return Task.Run(() => RunAgentAsync(connection, command.RunId));
    }

    /// <summary>The run's events, in protocol order.</summary>
    protected virtual IReadOnlyList<(string Type, string? ToolCall)> Script(string runId) =>
    [
        ("agent_started", null), ("agent_thinking", null), ("tool_executing", runId + "-tool"), ("tool_completed", runId + "-tool"), ("agent_completed", null),
    ];

    protected virtual async Task RunAgentAsync(ChatConnection connection, string runId)
    {
        bool hold = HoldFirstRunUntilClosed && Interlocked.Exchange(ref _held, 1) == 0;
        foreach ((string type, string? toolCall) in Script(runId))
        {
            await Task.Yield();
            await DeliverAsync(connection, Event(connection, type, runId, toolCall));
            if (hold)
            {
                hold = false;
                await connection.Closed;
            }
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

    /// <summary>An event for <paramref name="connection"/>: its user and thread ids (or <paramref name="threadId"/> when given).</summary>
    protected static string Event(ChatConnection connection, string type, string runId, string? toolCall, string? threadId = null, string? reason = null)
    {
        var payload = new Dictionary<string, string?>
        {
            ["type"] = type,
            ["user_id"] = connection.UserId,
            ["run_id"] = runId,
            ["thread_id"] = threadId ?? connection.ThreadId,
            ["tool_call_id"] = toolCall,
            ["sent_at"] = DateTimeOffset.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        };
        if (reason is not null)
        {
            payload["reason"] = reason;
        }

        return JsonSerializer.Serialize(payload);
    }

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

    /// <summary>Reads commands until the client closes (returns <see langword="true"/>) or the connection breaks (<see langword="false"/>).</summary>
    private async Task<bool> ReceiveLoopAsync(WebSocket socket, ChatConnection connection, List<Task> runs)
    {
        byte[] buffer = new byte[4096];
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
                return false;
            }

            if (result.MessageType == WebSocketMessageType.Close)
            {
                return true;
            }

            message.Write(buffer, 0, result.Count);
            if (!result.EndOfMessage)
            {
                continue;
            }

            string text = Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length);
            message.SetLength(0);
            using var command = JsonDocument.Parse(text);
            JsonElement root = command.RootElement;
            if (root.TryGetProperty("type", out JsonElement type) && type.GetString() == "start_run"
                && root.TryGetProperty("run_id", out JsonElement run) && run.GetString() is { } runId)
            {
                runs.Add(StartRun(connection, new RunCommand(runId, Text(root, "user_id"), Text(root, "thread_id"))));
            }
        }
    }

    private static string? Text(JsonElement root, string name) => root.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

/// <summary>A <c>start_run</c> command as the client sent it: the run id, and the user and thread ids its payload claims (if any).</summary>
public sealed record RunCommand(string RunId, string? UserId, string? ThreadId);
