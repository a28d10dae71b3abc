namespace Chat.WebSockets;

public static class WebSocketManagerFactory
{
    public static WebSocketManager Create() => new WebSocketManager();
}
