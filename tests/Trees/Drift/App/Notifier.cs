using System.Net.WebSockets;
using Chat;

namespace Chat.App;

// Shares four member names and signatures with the canonical manager (4 of 10): not a copy.
public sealed class Notifier(ChatUser user)
{
    private readonly List<string> _pending = [];
    private WebSocket? _socket;

    public event EventHandler? Closed;

    public ChatUser User { get; } = user;

    public int Pending => _pending.Count;

    public void Attach(WebSocket socket) => _socket = socket;

    public Task SendAsync(string text, CancellationToken cancellationToken)
    {
        _pending.Add(text);
        return _socket is null ? Task.CompletedTask : FlushAsync(cancellationToken);
    }

    public Task FlushAsync(CancellationToken cancellationToken)
    {
        _pending.Clear();
        Closed?.Invoke(this, EventArgs.Empty);
        return Task.CompletedTask;
    }
}
