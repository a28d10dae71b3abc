using Chat.WebSockets;

namespace Chat.Agents;

/// <summary>Old notification path: still builds its own manager through the deprecated factory (issue #1066).</summary>
public sealed class LegacyNotifier
{
    public WebSocketManager ManagerFor(string userId, string connectionId) =>
        WebSocketManagerFactory.CreateForUser(userId, connectionId);
}
