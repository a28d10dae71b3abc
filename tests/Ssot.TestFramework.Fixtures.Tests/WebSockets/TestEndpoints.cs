using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Ssot.TestFramework.Fixtures.WebSockets;

namespace Ssot.TestFramework.Fixtures.Tests.WebSockets;

/// <summary>Real server endpoints for the fixture tests.</summary>
internal static class TestEndpoints
{
    /// <summary>
    /// Sends a <c>welcome</c> event naming the identity the server saw, then answers every text message:
    /// <c>emit:</c> followed by lines sends each line as a frame; anything else comes back as an <c>echo</c> event.
    /// </summary>
    public static async Task EchoAsync(HttpContext context)
    {
        using WebSocket? socket = await AcceptAsync(context);
        if (socket is null)
        {
            return;
        }

        ClientIdentity? identity = ClientIdentityReader.Read(context);
        await SendAsync(socket, Json(new()
        {
            ["type"] = "welcome",
            ["user_id"] = identity?.UserId,
            ["connection_id"] = identity?.ConnectionId,
            ["query_user"] = (string?)context.Request.Query["user_id"],
            ["header_user"] = (string?)context.Request.Headers["X-User-Id"],
        }));
        while (await ReceiveTextAsync(socket) is { } text)
        {
            if (text.StartsWith("emit:", StringComparison.Ordinal))
            {
                foreach (string line in text["emit:".Length..].Split('\n'))
                {
                    await SendAsync(socket, line);
                }
            }
            else
            {
                await SendAsync(socket, Json(new() { ["type"] = "echo", ["user_id"] = identity?.UserId, ["text"] = text }));
            }
        }
    }

    /// <summary>Sends messages the default parser cannot turn into events, then one event.</summary>
    public static async Task RawAsync(HttpContext context)
    {
        using WebSocket? socket = await AcceptAsync(context);
        if (socket is null)
        {
            return;
        }

        await SendAsync(socket, "not json");
        await SendAsync(socket, "[1]");
        await socket.SendAsync(new byte[] { 1, 2, 3 }, WebSocketMessageType.Binary, true, CancellationToken.None);
        await SendAsync(socket, """{"type":"ok"}""");
        while (await ReceiveTextAsync(socket) is not null)
        {
        }
    }

    /// <summary>Closes the connection from the server side with a policy-violation status.</summary>
    public static async Task ServerCloseAsync(HttpContext context)
    {
        using WebSocket? socket = await AcceptAsync(context);
        if (socket is null)
        {
            return;
        }

        await SendAsync(socket, """{"type":"bye"}""");
        await socket.CloseAsync(WebSocketCloseStatus.PolicyViolation, "server says bye", CancellationToken.None);
    }

    private static async Task<WebSocket?> AcceptAsync(HttpContext context)
    {
        if (context.WebSockets.IsWebSocketRequest)
        {
            return await context.WebSockets.AcceptWebSocketAsync();
        }

        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        return null;
    }

    private static string Json(Dictionary<string, string?> fields) => JsonSerializer.Serialize(fields);

    private static Task SendAsync(WebSocket socket, string text)
        => socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);

    /// <returns>The next text message, or <see langword="null"/> once the client closed (the close is answered).</returns>
    private static async Task<string?> ReceiveTextAsync(WebSocket socket)
    {
        byte[] buffer = new byte[4096];
        using var message = new MemoryStream();
        try
        {
            while (true)
            {
                WebSocketReceiveResult result = await socket.ReceiveAsync(buffer, CancellationToken.None);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
                    return null;
                }

                message.Write(buffer, 0, result.Count);
                if (result.EndOfMessage)
                {
                    return Encoding.UTF8.GetString(message.ToArray());
                }
            }
        }
        catch (WebSocketException)
        {
            return null;
        }
    }
}
