using Chat.WebSockets;

namespace App;

public static class ExtensionUser
{
    public static void Run(WebSocketManager manager) // expect: SSOT005
    {
        manager.SendLegacy("hi"); // expect: SSOT001 SSOT005
    }
}
