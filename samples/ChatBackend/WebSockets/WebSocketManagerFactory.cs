namespace Chat.WebSockets;

/// <summary>
/// DEPRECATED (issue #1066): the old way to get a manager. Use <see cref="WebSocketManager.Create"/>.
/// Still used by <c>LegacyNotifier</c> and by the legacy branch of <c>ChatEndpoint</c>.
/// </summary>
public static class WebSocketManagerFactory
{
    public static WebSocketManager CreateForUser(string userId, string connectionId) => new(new ChatUser(userId, connectionId));
}
