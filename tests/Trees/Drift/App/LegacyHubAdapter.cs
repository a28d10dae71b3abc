using System.Net.WebSockets;
using Chat;

namespace Chat.Adapters;

// A deliberate adapter with the canonical manager's whole surface, over another transport. The registry allow-lists
// Chat.Adapters.*, so it is not reported.
public sealed class LegacyHubAdapter
{
    private readonly Dictionary<string, string> _state = new(StringComparer.Ordinal);
    private readonly Func<string, CancellationToken, Task> _transport;

    private LegacyHubAdapter(ChatUser user, Func<string, CancellationToken, Task> transport)
    {
        User = user;
        _transport = transport;
    }

    public event EventHandler? Closed;

    public ChatUser User { get; }

    public bool IsConnected { get; private set; }

    public static LegacyHubAdapter Create(ChatUser user) => new(user, (_, _) => Task.CompletedTask);

    public void Attach(WebSocket socket) => IsConnected = socket.State == WebSocketState.Open;

    public void WriteState(string key, string value) => _state[key] = value;

    public string? ReadState(string key) => _state.GetValueOrDefault(key);

    public Task SendAsync(ChatEvent evt, CancellationToken cancellationToken) => _transport(evt.Type, cancellationToken);

    public Task SendAsync(string text, CancellationToken cancellationToken) => _transport(text, cancellationToken);

    public ValueTask DisposeAsync()
    {
        Closed?.Invoke(this, EventArgs.Empty);
        return ValueTask.CompletedTask;
    }
}
