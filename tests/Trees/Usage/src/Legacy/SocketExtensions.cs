using Chat.WebSockets;

namespace Legacy.Chat;

public static class SocketExtensions
{
    public static void SendLegacy(this WebSocketManager manager, string text) => manager.Send(text);
}
