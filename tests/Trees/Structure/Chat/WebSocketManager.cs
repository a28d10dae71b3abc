namespace Chat.WebSockets;

public class WebSocketManager : IWebSocketManager
{
    public virtual void Send(string text)
    {
    }
}
