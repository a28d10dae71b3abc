namespace Chat.WebSockets;

public interface IWebSocketManager
{
    void Send(string text);
}
