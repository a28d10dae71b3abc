namespace Chat;

/// <summary>One event sent to a user's socket. <c>sent_at</c> is the server's send time (Unix ms).</summary>
public sealed record ChatEvent(string Type, string UserId, string RunId, string? ThreadId = null, string? ToolCallId = null);
