using Chat.WebSockets;

namespace Other.Wrappers;

public sealed class SocketWrapper // expect: SSOT004
{
    private readonly WebSocketManager _inner = WebSocketManagerFactory.Create();

    public void Send(string text) => _inner.Send(text);
}
