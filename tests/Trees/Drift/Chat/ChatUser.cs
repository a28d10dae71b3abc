namespace Chat;

public sealed record ChatUser(string UserId, string ConnectionId);

public sealed record ChatEvent(string Type, string UserId, string RunId);
