using Chat.WebSockets;

namespace Other.Sockets;

public static class Rogue
{
    public static WebSocketManager Make() => new Chat.WebSockets.WebSocketManager(); // expect: SSOT006

    public static WebSocketManager Sanctioned() => WebSocketManagerFactory.Create();
}
