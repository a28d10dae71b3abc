using Chat.WebSockets;

namespace App;

public static class CanonicalOnly
{
    public static WebSocketManager Make() => new WebSocketManager();
}
