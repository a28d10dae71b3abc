using Ssot.TestFramework.Users;

namespace Ssot.TestFramework.Fixtures.Suites;

/// <summary>
/// Adapts a team's system to the <see cref="UserIsolationSuite"/>: connect a user, and the session lets the suite make the
/// system work for that user and observe what that user receives. In-process adapters take a few lines; the Kestrel
/// fixture provides one over real WebSockets.
/// </summary>
/// <remarks>A harness serves one test; the suite disposes it at the end of the test. Implementations must allow
/// concurrent <see cref="ConnectAsync"/> calls.</remarks>
public abstract class UserIsolationHarness : IAsyncDisposable
{
    /// <summary>Connects a user to the system.</summary>
    /// <param name="user">The user; its <see cref="UserContext.ConnectionId"/> names the connection.</param>
    /// <param name="cancellationToken">Cancels the connect.</param>
    /// <returns>The user's session.</returns>
    public abstract Task<UserSession> ConnectAsync(UserContext user, CancellationToken cancellationToken);

    /// <summary>
    /// Gets the objects that hold the system's state (registries, managers, caches). After a user disconnects, none of
    /// them may reach that user's connection object. Default: none, which makes the suite report the disconnect check as
    /// not applicable (skipped with that reason) rather than passing it.
    /// </summary>
    public virtual IReadOnlyList<object> SystemRoots => [];

    /// <summary>Releases the system. Default: does nothing.</summary>
    /// <returns>A task.</returns>
    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }
}
