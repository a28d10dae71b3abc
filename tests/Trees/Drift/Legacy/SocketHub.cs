using System.Net.WebSockets;
using System.Text;

namespace Chat.Legacy;

// A renamed copy of Chat.WebSockets.WebSocketManager in a project that never references it: same code, another name
// and namespace, DisposeAsync renamed CloseAsync, its own factory (SocketHubFactory).
public sealed class SocketHub
{
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly Dictionary<string, string> _state = new(StringComparer.Ordinal);
    private WebSocket? _socket;

    internal SocketHub(ChatUser user) => User = user;

    public event EventHandler? Closed;

    public ChatUser User { get; }

    public bool IsConnected => _socket is { State: WebSocketState.Open };

    public static SocketHub Create(ChatUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new SocketHub(user);
    }

    public void Attach(WebSocket socket) => _socket = socket;

    public void WriteState(string key, string value)
    {
        lock (_state)
        {
            _state[key] = value;
        }
    }

    public string? ReadState(string key)
    {
        lock (_state)
        {
            return _state.TryGetValue(key, out string? value) ? value : null;
        }
    }

    public Task SendAsync(ChatEvent evt, CancellationToken cancellationToken) =>
        SendAsync($"{evt.Type}:{evt.UserId}:{evt.RunId}", cancellationToken);

    public async Task SendAsync(string text, CancellationToken cancellationToken)
    {
        WebSocket socket = _socket ?? throw new InvalidOperationException($"No socket attached for {User.UserId}.");
        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            await socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    public ValueTask CloseAsync()
    {
        _socket = null;
        Closed?.Invoke(this, EventArgs.Empty);
        return ValueTask.CompletedTask;
    }

    public override string ToString() => $"SocketHub({User.UserId})";
}
