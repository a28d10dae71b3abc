namespace Chat.Legacy;

// The copy brought its own models along: same names, its own namespace.
public sealed record ChatUser(string UserId, string ConnectionId);

public sealed record ChatEvent(string Type, string UserId, string RunId);
