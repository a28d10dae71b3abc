using Ssot.TestFramework.Fixtures.Events;
using Ssot.TestFramework.Users;

namespace Ssot.TestFramework.Fixtures.Suites;

/// <summary>One connected user, as the <see cref="UserIsolationSuite"/> drives and observes it.</summary>
/// <remarks>Implementations must allow the suite to call different sessions concurrently.</remarks>
public abstract class UserSession
{
    /// <summary>Initializes a session.</summary>
    /// <param name="user">The connected user.</param>
    protected UserSession(UserContext user)
    {
        ArgumentNullException.ThrowIfNull(user);
        User = user;
    }

    /// <summary>Gets the connected user.</summary>
    public UserContext User { get; }

    /// <summary>Gets every event this user's connection received, in arrival order.</summary>
    public abstract IEventSource Received { get; }

    /// <summary>Gets the object the system was given for this connection (checked for leaks after disconnect), or <see langword="null"/>.</summary>
    public virtual object? Connection => null;

    /// <summary>Makes the system do one unit of work (e.g. an agent run) for this user; its events must carry <paramref name="run"/>.</summary>
    /// <param name="run">The run's id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A task that completes once the system accepted the work (events may still be arriving).</returns>
    public abstract Task StartWorkAsync(RunId run, CancellationToken cancellationToken);

    /// <summary>
    /// Sends work over this user's own connection whose payload claims another identity: <paramref name="claimed"/>'s
    /// user and thread ids, and <paramref name="run"/> (which may be another user's run id). A correct system attributes
    /// the work to the connection's identity or refuses it; it never acts for the claimed user. Default: not supported,
    /// which makes <see cref="UserIsolationSuite.Commands_ClaimingAnotherIdentity_AreNotAttributedToIt"/> skip with that reason.
    /// </summary>
    /// <param name="run">The run id the payload names.</param>
    /// <param name="claimed">The identity the payload claims (its user and thread ids are written into the command).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A task that completes once the system accepted (or refused) the work.</returns>
    /// <exception cref="NotSupportedException">The harness cannot send a payload that claims another identity (the default).</exception>
    public virtual Task StartWorkClaimingAsync(RunId run, UserContext claimed, CancellationToken cancellationToken) => throw new NotSupportedException();

    /// <summary>Stores a value in this user's state. Default: not supported, which makes the state checks skip with that reason.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A task.</returns>
    public virtual Task WriteStateAsync(string key, string value, CancellationToken cancellationToken) => throw new NotSupportedException();

    /// <summary>Reads a value of this user's state, or <see langword="null"/> when absent.</summary>
    /// <param name="key">The key.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The value.</returns>
    public virtual Task<string?> ReadStateAsync(string key, CancellationToken cancellationToken) => throw new NotSupportedException();

    /// <summary>Disconnects the user.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A task that completes once the system handled the disconnect.</returns>
    public abstract Task DisconnectAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Gets the most bytes the path from the system to this session holds while reading is paused (the client's and the
    /// server's buffers), or <see langword="null"/> (the default) when unknown, which makes the slow-consumer check skip
    /// with that reason.
    /// </summary>
    public virtual long? UnreadCapacityBytes => null;

    /// <summary>
    /// Stops reading what the system sends to this session (a slow consumer); what it sends stays in buffers until
    /// <see cref="ResumeReading"/>. Default: not supported, which makes the slow-consumer check skip with that reason.
    /// </summary>
    /// <exception cref="NotSupportedException">The session cannot pause reading.</exception>
    public virtual void PauseReading() => throw new NotSupportedException();

    /// <summary>Resumes reading after <see cref="PauseReading"/>. Default: not supported.</summary>
    /// <exception cref="NotSupportedException">The session cannot pause reading.</exception>
    public virtual void ResumeReading() => throw new NotSupportedException();

    /// <summary>
    /// Drops the connection without a close handshake (as a crashed client or a lost network does) and returns once the
    /// system handled it. Default: not supported, which makes the abort checks skip with that reason.
    /// </summary>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>A task that completes once the system handled the aborted connection.</returns>
    /// <exception cref="NotSupportedException">The harness cannot abort a connection (the default).</exception>
    public virtual Task AbortAsync(CancellationToken cancellationToken) => throw new NotSupportedException();
}
