using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Chat.WebSockets;

/// <summary>
/// The canonical manager of one user's connection: created per user by <see cref="Create"/>, owns only that user's
/// socket and state, serialises its sends.
/// </summary>
public sealed class WebSocketManager : IAsyncDisposable
{
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly Dictionary<string, string> _state = new(StringComparer.Ordinal);
    private WebSocket? _socket;

    internal WebSocketManager(ChatUser user) => User = user;

    public ChatUser User { get; }

    /// <summary>The one sanctioned way to create a manager.</summary>
    public static WebSocketManager Create(ChatUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new WebSocketManager(user);
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

    public async Task SendAsync(ChatEvent evt, CancellationToken cancellationToken)
    {
        WebSocket socket = _socket ?? throw new InvalidOperationException($"No socket attached for {User.UserId}.");
        var payload = new Dictionary<string, object?>
        {
            ["type"] = evt.Type,
            ["user_id"] = evt.UserId,
            ["run_id"] = evt.RunId,
            ["thread_id"] = evt.ThreadId,
            ["tool_call_id"] = evt.ToolCallId,
            ["sent_at"] = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(),
        };
        byte[] bytes = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(payload));
        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            if (socket.State == WebSocketState.Open)
            {
                await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
            }
        }
        finally
        {
            _sendLock.Release();
        }
    }

    public ValueTask DisposeAsync()
    {
        _socket = null;
        lock (_state)
        {
            _state.Clear();
        }

        return ValueTask.CompletedTask;
    }
}
