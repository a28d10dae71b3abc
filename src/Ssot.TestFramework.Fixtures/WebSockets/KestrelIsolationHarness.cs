using Ssot.TestFramework.Fixtures.Events;
using Ssot.TestFramework.Fixtures.Suites;
using Ssot.TestFramework.Users;

namespace Ssot.TestFramework.Fixtures.WebSockets;

/// <summary>
/// A <see cref="UserIsolationHarness"/> over real WebSockets: each user connects a <see cref="WebSocketTestClient"/> to
/// a <see cref="KestrelWebSocketFixture"/>, work starts by sending a JSON command over the socket, the session receives
/// what the client parsed, and a disconnect closes the socket. Use it with <see cref="UserIsolationSuite"/> and
/// <see cref="EventOrderingSuite"/> to run their checks end to end.
/// </summary>
/// <remarks>
/// Because the server runs in the test process, its objects can be handed to the checks that need them:
/// <see cref="KestrelIsolationHarnessOptions.ConnectionOf"/> (or <see cref="ConnectionOf"/>) and
/// <see cref="KestrelIsolationHarnessOptions.SystemRoots"/> enable the disconnect check, and the state delegates enable
/// the state checks. The fixture is started on first connect if needed. Thread-safe: users may connect concurrently.
/// </remarks>
public class KestrelIsolationHarness : UserIsolationHarness
{
    private readonly object _gate = new();
    private readonly List<WebSocketTestClient> _clients = [];

    /// <summary>Creates a harness over <paramref name="fixture"/>.</summary>
    /// <param name="fixture">The server; started on first connect when not running.</param>
    /// <param name="options">Options; defaults as documented on <see cref="KestrelIsolationHarnessOptions"/>.</param>
    public KestrelIsolationHarness(KestrelWebSocketFixture fixture, KestrelIsolationHarnessOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        Fixture = fixture;
        Options = options ?? new KestrelIsolationHarnessOptions();
    }

    /// <summary>Gets the fixture running the server.</summary>
    public KestrelWebSocketFixture Fixture { get; }

    /// <summary>Gets the options.</summary>
    public KestrelIsolationHarnessOptions Options { get; }

    /// <summary>Gets the server's state roots. The base calls <see cref="KestrelIsolationHarnessOptions.SystemRoots"/>.</summary>
    public override IReadOnlyList<object> SystemRoots => Options.SystemRoots?.Invoke() ?? [];

    /// <summary>Connects <paramref name="user"/> as a WebSocket client.</summary>
    /// <param name="user">The user.</param>
    /// <param name="cancellationToken">Cancels the connect.</param>
    /// <returns>The session.</returns>
    public override async Task<UserSession> ConnectAsync(UserContext user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!Fixture.IsRunning)
        {
            await Fixture.StartAsync(cancellationToken).ConfigureAwait(false);
        }

        WebSocketTestClient client = await Fixture.ConnectAsync(Options.Identity(user), Options.Path, cancellationToken).ConfigureAwait(false);
        lock (_gate)
        {
            _clients.Add(client);
        }

        return new KestrelUserSession(this, user, client);
    }

    /// <summary>Closes every client this harness connected, and stops the fixture when <see cref="KestrelIsolationHarnessOptions.OwnsFixture"/>.</summary>
    /// <returns>A task.</returns>
    public override async ValueTask DisposeAsync()
    {
        WebSocketTestClient[] clients;
        lock (_gate)
        {
            clients = [.. _clients];
            _clients.Clear();
        }

        await Task.WhenAll(clients.Select(c => c.DisposeAsync().AsTask())).ConfigureAwait(false);
        if (Options.OwnsFixture)
        {
            await Fixture.DisposeAsync().ConfigureAwait(false);
        }

        await base.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>Starts a run: sends <see cref="KestrelIsolationHarnessOptions.StartCommand"/> over the user's socket.</summary>
    /// <param name="client">The user's client.</param>
    /// <param name="user">The identity the command names: the client's own, or the identity a spoofing command claims.</param>
    /// <param name="run">The run's id.</param>
    /// <param name="cancellationToken">Cancels the send.</param>
    /// <returns>A task that completes when the command was sent.</returns>
    protected internal virtual Task StartWorkAsync(WebSocketTestClient client, UserContext user, RunId run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        return client.SendJsonAsync(Options.StartCommand(user, run), Options.SerializerOptions, cancellationToken);
    }

    /// <summary>Finds the server's object for a user's connection. The base calls <see cref="KestrelIsolationHarnessOptions.ConnectionOf"/>.</summary>
    /// <param name="user">The user.</param>
    /// <returns>The object, or <see langword="null"/> when the server no longer knows the connection (or no look-up is configured).</returns>
    protected internal virtual object? ConnectionOf(UserContext user) => Options.ConnectionOf?.Invoke(user);

    /// <summary>Stores a value in a user's state. The base calls <see cref="KestrelIsolationHarnessOptions.WriteState"/>.</summary>
    /// <param name="user">The user.</param>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A task.</returns>
    /// <exception cref="NotSupportedException">No state delegate is configured.</exception>
    protected internal virtual Task WriteStateAsync(UserContext user, string key, string value, CancellationToken cancellationToken)
        => Options.WriteState?.Invoke(user, key, value, cancellationToken) ?? throw new NotSupportedException();

    /// <summary>Reads a value of a user's state. The base calls <see cref="KestrelIsolationHarnessOptions.ReadState"/>.</summary>
    /// <param name="user">The user.</param>
    /// <param name="key">The key.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    /// <exception cref="NotSupportedException">No state delegate is configured.</exception>
    protected internal virtual Task<string?> ReadStateAsync(UserContext user, string key, CancellationToken cancellationToken)
        => Options.ReadState?.Invoke(user, key, cancellationToken) ?? throw new NotSupportedException();

    /// <summary>
    /// Disconnects a user: closes the socket (close handshake), then waits until <see cref="ConnectionOf"/> no longer
    /// finds the connection, at most <see cref="KestrelIsolationHarnessOptions.DisconnectTimeout"/>.
    /// </summary>
    /// <param name="client">The user's client.</param>
    /// <param name="user">The user.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>A task that completes once the server handled the disconnect (or the wait timed out).</returns>
    protected internal virtual async Task DisconnectAsync(WebSocketTestClient client, UserContext user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        await client.DisposeAsync().ConfigureAwait(false);
        await ForgetAsync(client, user, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Aborts a user's connection: drops the socket without a close handshake (<see cref="WebSocketTestClient.Abort"/>),
    /// then waits, like <see cref="DisconnectAsync"/>, until <see cref="ConnectionOf"/> no longer finds the connection,
    /// at most <see cref="KestrelIsolationHarnessOptions.DisconnectTimeout"/>.
    /// </summary>
    /// <param name="client">The user's client.</param>
    /// <param name="user">The user.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>A task that completes once the server handled the aborted connection (or the wait timed out).</returns>
    protected internal virtual async Task AbortAsync(WebSocketTestClient client, UserContext user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        client.Abort();
        await client.DisposeAsync().ConfigureAwait(false);
        await ForgetAsync(client, user, cancellationToken).ConfigureAwait(false);
    }

    private async Task ForgetAsync(WebSocketTestClient client, UserContext user, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _clients.Remove(client);
        }

        DateTime deadline = DateTime.UtcNow + TimeFactor.Dilate(Options.DisconnectTimeout, TimeFactor.Current);
        while (ConnectionOf(user) is not null && DateTime.UtcNow < deadline)
        {
            await Task.Delay(5, cancellationToken).ConfigureAwait(false);
        }
    }
}
