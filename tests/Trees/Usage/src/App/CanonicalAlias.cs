using Wsm = Chat.WebSockets.WebSocketManager; // expect: SSOT003

namespace App;

public static class CanonicalAlias
{
    public static void Run(Wsm manager) => manager.Send("x");
}
