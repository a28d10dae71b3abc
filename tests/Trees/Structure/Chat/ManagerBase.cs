namespace Chat.WebSockets;

public abstract class ManagerBase : IWebSocketManager
{
    public abstract void Send(string text);
}
