using WebSocketManager = Chat.WebSockets.WebSocketManager;

namespace App;

public static class SameNameAlias
{
    public static void Run(WebSocketManager manager) => manager.Send("x");
}
