using Ssot.TestFramework.Fixtures.Events;
using Ssot.TestFramework.Fixtures.Suites;
using Ssot.TestFramework.Users;

namespace Ssot.TestFramework.Fixtures.WebSockets;

/// <summary>One user connected through a <see cref="KestrelIsolationHarness"/>; every call goes to the harness's hooks.</summary>
internal sealed class KestrelUserSession : UserSession
{
    private readonly KestrelIsolationHarness _harness;
    private object? _connection;

    public KestrelUserSession(KestrelIsolationHarness harness, UserContext user, WebSocketTestClient client)
        : base(user)
    {
        _harness = harness;
        Client = client;
    }

    public WebSocketTestClient Client { get; }

    public override IEventSource Received => Client.Events;

    /// <remarks>Looked up once the server knows the connection, then kept, so it can still be checked after disconnect.</remarks>
    public override object? Connection => _connection ??= _harness.ConnectionOf(User);

    public override Task StartWorkAsync(RunId run, CancellationToken cancellationToken) => _harness.StartWorkAsync(Client, User, run, cancellationToken);

    /// <remarks>The command is built from <paramref name="claimed"/> by the same <see cref="KestrelIsolationHarnessOptions.StartCommand"/>, but sent over this user's socket.</remarks>
    public override Task StartWorkClaimingAsync(RunId run, UserContext claimed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claimed);
        return _harness.StartWorkAsync(Client, claimed, run, cancellationToken);
    }

    public override Task WriteStateAsync(string key, string value, CancellationToken cancellationToken) => _harness.WriteStateAsync(User, key, value, cancellationToken);

    public override Task<string?> ReadStateAsync(string key, CancellationToken cancellationToken) => _harness.ReadStateAsync(User, key, cancellationToken);

    public override Task DisconnectAsync(CancellationToken cancellationToken)
    {
        _ = Connection;
        return _harness.DisconnectAsync(Client, User, cancellationToken);
    }

    /// <remarks>The client's <see cref="WebSocketTestClient.UnreadCapacity"/> plus the fixture's <see cref="KestrelWebSocketFixture.SendCapacity"/>; unknown when either is.</remarks>
    public override long? UnreadCapacityBytes => Client.UnreadCapacity is long client && _harness.Fixture.SendCapacity is long server ? client + server : null;

    public override void PauseReading() => Client.PauseReading();

    public override void ResumeReading() => Client.ResumeReading();

    public override Task AbortAsync(CancellationToken cancellationToken)
    {
        _ = Connection;
        return _harness.AbortAsync(Client, User, cancellationToken);
    }
}
