using Chat.WebSockets;

namespace Chat.Agents;

/// <summary>Runs an agent for a user and streams the five critical events to that user's manager, in order.</summary>
public sealed class AgentRunner
{
    public async Task RunAsync(WebSocketManager manager, string runId, string? threadId, CancellationToken cancellationToken)
    {
        string user = manager.User.UserId;
        string tool = $"{runId}-search";
        await manager.SendAsync(new ChatEvent("agent_started", user, runId, threadId), cancellationToken);
        await manager.SendAsync(new ChatEvent("agent_thinking", user, runId, threadId), cancellationToken);
        await manager.SendAsync(new ChatEvent("tool_executing", user, runId, threadId, tool), cancellationToken);
        await Task.Yield();
        await manager.SendAsync(new ChatEvent("tool_completed", user, runId, threadId, tool), cancellationToken);
        await manager.SendAsync(new ChatEvent("agent_thinking", user, runId, threadId), cancellationToken);
        await manager.SendAsync(new ChatEvent("agent_completed", user, runId, threadId), cancellationToken);
    }
}
