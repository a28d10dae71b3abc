using WebSocketManager = Legacy.Chat.SocketHelpers; // expect: SSOT003

namespace App;

public static class LocalAlias
{
    public static void Run() => WebSocketManager.Connect("ws://localhost"); // expect: SSOT001
}
