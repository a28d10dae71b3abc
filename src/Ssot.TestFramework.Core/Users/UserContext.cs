namespace Ssot.TestFramework.Users;

/// <summary>
/// The identity of one simulated user: who they are, which thread and run they are in, the current request and
/// their connection.
/// </summary>
/// <param name="UserId">The user's identifier (<c>usr_</c>).</param>
/// <param name="ThreadId">The conversation thread's identifier (<c>thr_</c>).</param>
/// <param name="RunId">The run's identifier (<c>run_</c>).</param>
/// <param name="RequestId">The current request's identifier (<c>req_</c>).</param>
/// <param name="ConnectionId">The connection's identifier (<c>conn_</c>).</param>
/// <remarks>Immutable and therefore thread-safe. Create instances with <see cref="UserContextGenerator"/>.</remarks>
public sealed record UserContext(
    UserId UserId,
    ThreadId ThreadId,
    RunId RunId,
    RequestId RequestId,
    ConnectionId ConnectionId)
{
    /// <summary>Returns a copy of this context with <paramref name="requestId"/> as the current request.</summary>
    /// <param name="requestId">The new request's identifier.</param>
    /// <returns>A new context; this instance is unchanged.</returns>
    public UserContext WithRequest(RequestId requestId) => this with { RequestId = requestId };

    /// <summary>Returns <see cref="UserId"/>'s value, which is how failures name the user.</summary>
    /// <returns>The user identifier text.</returns>
    public override string ToString() => UserId.Value;
}
