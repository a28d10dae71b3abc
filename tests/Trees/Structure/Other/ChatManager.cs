namespace Other.Sockets;

public sealed class ChatManager : Chat.WebSockets.WebSocketManager // expect: SSOT004 SSOT006
{
    public ChatManager()
    {
    }
}
