namespace Ssot.TestFramework.Fixtures.Events;

/// <summary>
/// The top-level JSON property names <see cref="JsonEventParser"/> reads. Defaults: <c>type</c>, <c>user_id</c>,
/// <c>run_id</c>, <c>thread_id</c>, <c>tool_call_id</c>. Immutable, so thread-safe.
/// </summary>
public sealed record JsonEventFieldNames
{
    /// <summary>Gets the default names.</summary>
    public static JsonEventFieldNames Default { get; } = new();

    /// <summary>Gets the name of the (required, string) event type property. Default <c>type</c>.</summary>
    public string Type { get; init; } = "type";

    /// <summary>Gets the name of the user id property. Default <c>user_id</c>.</summary>
    public string UserId { get; init; } = "user_id";

    /// <summary>Gets the name of the run id property. Default <c>run_id</c>.</summary>
    public string RunId { get; init; } = "run_id";

    /// <summary>Gets the name of the thread id property. Default <c>thread_id</c>.</summary>
    public string ThreadId { get; init; } = "thread_id";

    /// <summary>Gets the name of the tool call id property. Default <c>tool_call_id</c>.</summary>
    public string ToolCallId { get; init; } = "tool_call_id";
}
