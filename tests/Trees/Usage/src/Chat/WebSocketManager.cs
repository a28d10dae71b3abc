namespace Chat.WebSockets;

public class WebSocketManager
{
    public void Send(string text)
    {
    }
}
