namespace Chat;

/// <summary>Who is connected: the user and this connection.</summary>
public sealed record ChatUser(string UserId, string ConnectionId);
