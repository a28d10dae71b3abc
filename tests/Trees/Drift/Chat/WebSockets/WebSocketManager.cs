using System.Net.WebSockets;
using System.Text;

namespace Chat.WebSockets;

/// <summary>The canonical manager: ten public members (the state members are in the other part).</summary>
public partial class WebSocketManager : IAsyncDisposable
{
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private WebSocket? _socket;

    internal WebSocketManager(ChatUser user) => User = user;

    public event EventHandler? Closed;

    public ChatUser User { get; }

    public bool IsConnected => _socket is { State: WebSocketState.Open };

    public static WebSocketManager Create(ChatUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new WebSocketManager(user);
    }

    public void Attach(WebSocket socket) => _socket = socket;

    public Task SendAsync(ChatEvent evt, CancellationToken cancellationToken) =>
        SendAsync($"{evt.Type}:{evt.UserId}:{evt.RunId}", cancellationToken);

    public virtual async Task SendAsync(string text, CancellationToken cancellationToken)
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

    public ValueTask DisposeAsync()
    {
        _socket = null;
        Closed?.Invoke(this, EventArgs.Empty);
        return ValueTask.CompletedTask;
    }

    public override string ToString() => $"WebSocketManager({User.UserId})";
}
