using System.Collections.Concurrent;
using Chat.Agents;
using Chat.WebSockets;
using HttpContext = Microsoft.AspNetCore.Http.HttpContext;

namespace Chat.Hosting;

/// <summary>The server's state: one manager per open connection, removed when the connection closes.</summary>
public sealed class ChatServer
{
    private readonly ConcurrentDictionary<string, WebSocketManager> _managers = new(StringComparer.Ordinal);

    public AgentRunner Runner { get; } = new();

    public int OpenConnections => _managers.Count;

    public WebSocketManager? Find(string connectionId) => _managers.TryGetValue(connectionId, out WebSocketManager? manager) ? manager : null;

    public void WriteState(string connectionId, string key, string value) => Find(connectionId)?.WriteState(key, value);

    public string? ReadState(string connectionId, string key) => Find(connectionId)?.ReadState(key);

    public Task HandleAsync(HttpContext context) => ChatEndpoint.HandleAsync(context, this);

    internal void Register(string connectionId, WebSocketManager manager) => _managers[connectionId] = manager;

    internal bool Unregister(string connectionId, out WebSocketManager? manager) => _managers.TryRemove(connectionId, out manager);
}
