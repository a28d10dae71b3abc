using Chat.WebSockets;

namespace Other.Wrappers;

public sealed class LoggingSocket
{
    private readonly WebSocketManager _inner = WebSocketManagerFactory.Create();
    private int _count;

    public int Count => _count;

    public void Send(string text)
    {
        _count++;
        _inner.Send(text);
    }
}
