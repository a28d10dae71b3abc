using System.Net.WebSockets;
using Chat;
using Chat.WebSockets;

namespace Chat.App;

// A decorator: the canonical manager's whole surface, delegating to a canonical instance with behaviour of its own
// (a log). It holds the canonical type, so it duplicates nothing.
public sealed class LoggingManager
{
    private readonly WebSocketManager _inner;
    private readonly List<string> _log = [];

    private LoggingManager(WebSocketManager inner) => _inner = inner;

    public event EventHandler? Closed
    {
        add => _inner.Closed += value;
        remove => _inner.Closed -= value;
    }

    public ChatUser User => _inner.User;

    public bool IsConnected => _inner.IsConnected;

    public static LoggingManager Create(ChatUser user) => new(WebSocketManager.Create(user));

    public void Attach(WebSocket socket)
    {
        _log.Add("attach");
        _inner.Attach(socket);
    }

    public void WriteState(string key, string value)
    {
        _log.Add("write " + key);
        _inner.WriteState(key, value);
    }

    public string? ReadState(string key) => _inner.ReadState(key);

    public Task SendAsync(ChatEvent evt, CancellationToken cancellationToken)
    {
        _log.Add("send " + evt.Type);
        return _inner.SendAsync(evt, cancellationToken);
    }

    public Task SendAsync(string text, CancellationToken cancellationToken) => _inner.SendAsync(text, cancellationToken);

    public ValueTask DisposeAsync() => _inner.DisposeAsync();
}
