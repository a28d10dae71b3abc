namespace Chat.Legacy;

public static class SocketHubFactory
{
    public static SocketHub Create(string userId, string connectionId) => SocketHub.Create(new ChatUser(userId, connectionId));
}
