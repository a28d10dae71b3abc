using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Chat.WebSockets;
using HttpContext = Microsoft.AspNetCore.Http.HttpContext;

namespace Chat.Hosting;

/// <summary>
/// The WebSocket endpoint. Dual pattern (issue #1144): new clients get a manager from the canonical
/// <see cref="WebSocketManager.Create"/>, legacy clients (<c>?legacy=1</c>) still go through the deprecated factory.
/// Who a command is for comes from the connection (<c>user_id</c>, <c>thread_id</c> at connect), never from the
/// command: a command naming another user or thread is refused with an <c>error</c> event carrying the connection's ids.
/// </summary>
internal static class ChatEndpoint
{
    public static async Task HandleAsync(HttpContext context, ChatServer server)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = Microsoft.AspNetCore.Http.StatusCodes.Status400BadRequest;
            return;
        }

        string userId = context.Request.Query["user_id"].FirstOrDefault() ?? context.Request.Headers["X-User-Id"].FirstOrDefault() ?? "anonymous";
        string connectionId = context.Request.Query["connection_id"].FirstOrDefault() ?? $"conn_{Guid.NewGuid():N}";
        string? threadId = context.Request.Query["thread_id"].FirstOrDefault() ?? context.Request.Headers["thread_id"].FirstOrDefault();
        WebSocketManager manager = context.Request.Query["legacy"] == "1"
            ? WebSocketManagerFactory.CreateForUser(userId, connectionId)
            : WebSocketManager.Create(new ChatUser(userId, connectionId));

        using WebSocket socket = await context.WebSockets.AcceptWebSocketAsync();
        manager.Attach(socket);
        server.Register(connectionId, manager);
        try
        {
            await ReceiveCommandsAsync(socket, manager, threadId, server, context.RequestAborted);
        }
        finally
        {
            server.Unregister(connectionId, out _);
            await manager.DisposeAsync();
        }
    }

    private static async Task ReceiveCommandsAsync(WebSocket socket, WebSocketManager manager, string? threadId, ChatServer server, CancellationToken aborted)
    {
        var buffer = new byte[8 * 1024];
        var message = new MemoryStream();
        while (socket.State == WebSocketState.Open)
        {
            WebSocketReceiveResult result;
            try
            {
                result = await socket.ReceiveAsync(buffer, aborted);
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
            {
                return;
            }

            if (result.MessageType == WebSocketMessageType.Close)
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
                return;
            }

            message.Write(buffer, 0, result.Count);
            if (!result.EndOfMessage)
            {
                continue;
            }

            Dispatch(Encoding.UTF8.GetString(message.ToArray()), manager, threadId, server, aborted);
            message.SetLength(0);
        }
    }

    private static void Dispatch(string text, WebSocketManager manager, string? threadId, ChatServer server, CancellationToken aborted)
    {
        using JsonDocument command = JsonDocument.Parse(text);
        JsonElement root = command.RootElement;
        if (root.GetProperty("type").GetString() == "start_run")
        {
            string runId = root.GetProperty("run_id").GetString()!;
            string? claimedUser = root.TryGetProperty("user_id", out JsonElement user) ? user.GetString() : null;
            string? claimedThread = root.TryGetProperty("thread_id", out JsonElement thread) ? thread.GetString() : null;
            if ((claimedUser is not null && claimedUser != manager.User.UserId) || (claimedThread is not null && threadId is not null && claimedThread != threadId))
            {
                _ = manager.SendAsync(new ChatEvent("error", manager.User.UserId, runId, threadId), aborted);
                return;
            }

            _ = Task.Run(() => server.Runner.RunAsync(manager, runId, threadId, aborted), aborted);
        }
    }
}
