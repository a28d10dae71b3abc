using FluentAssertions;
using Ssot.TestFramework.Fixtures.Events;
using Ssot.TestFramework.Fixtures.Suites;
using Ssot.TestFramework.Fixtures.Tests.Suites.Sockets;
using Ssot.TestFramework.Fixtures.WebSockets;
using Ssot.TestFramework.Users;

namespace Ssot.TestFramework.Fixtures.Tests.WebSockets;

public sealed class KestrelIsolationHarnessTests
{
    private readonly UserContextGenerator _users = new(11);

    [Fact]
    public async Task StartWorkAsync_DefaultCommand_SendsStartRunWithTheIdsAsJson()
    {
        await using var fixture = new EchoWebSocketFixture();
        await using var harness = new KestrelIsolationHarness(fixture);
        UserContext user = _users.Create();

        UserSession session = await harness.ConnectAsync(user, CancellationToken.None);
        await session.StartWorkAsync(user.RunId, CancellationToken.None);
        ObservedEvent echo = await new EventProbe(session.Received).ExpectAsync("echo");

        echo.Payload["text"].Should().Be($$"""{"type":"start_run","user_id":"{{user.UserId}}","run_id":"{{user.RunId}}","thread_id":"{{user.ThreadId}}"}""");
        fixture.IsRunning.Should().BeTrue("the harness starts the fixture on first connect");
    }

    [Fact]
    public async Task StartWorkAsync_CustomCommand_SendsIt()
    {
        await using var fixture = new EchoWebSocketFixture();
        await using var harness = new KestrelIsolationHarness(fixture, new KestrelIsolationHarnessOptions { StartCommand = (_, run) => new { op = "go", id = run.Value } });
        UserContext user = _users.Create();

        UserSession session = await harness.ConnectAsync(user, CancellationToken.None);
        await session.StartWorkAsync(user.RunId, CancellationToken.None);
        ObservedEvent echo = await new EventProbe(session.Received).ExpectAsync("echo");

        echo.Payload["text"].Should().Be($$"""{"op":"go","id":"{{user.RunId}}"}""");
    }

    [Fact]
    public async Task DisposeAsync_NotOwningTheFixture_ClosesItsClientsAndLeavesTheServerRunning()
    {
        await using var fixture = new ChatServerFixture(new ChatServer());
        KestrelIsolationHarness harness = fixture.CreateHarness();
        await harness.ConnectAsync(_users.Create(), CancellationToken.None);
        await harness.ConnectAsync(_users.Create(), CancellationToken.None);

        await harness.DisposeAsync();

        fixture.Clients.Should().BeEmpty();
        fixture.IsRunning.Should().BeTrue();
    }

    [Fact]
    public async Task DisposeAsync_OwningTheFixture_StopsIt()
    {
        var fixture = new EchoWebSocketFixture();
        var harness = new KestrelIsolationHarness(fixture, new KestrelIsolationHarnessOptions { OwnsFixture = true });
        await harness.ConnectAsync(_users.Create(), CancellationToken.None);

        await harness.DisposeAsync();

        fixture.IsRunning.Should().BeFalse();
    }

    [Fact]
    public async Task DisconnectAsync_ServerObjectsHooked_ReturnsOnceTheServerForgotTheConnection()
    {
        await using var fixture = new ChatServerFixture(new ChatServer());
        await using KestrelIsolationHarness harness = fixture.CreateHarness();
        UserContext user = _users.Create();
        UserSession session = await harness.ConnectAsync(user, CancellationToken.None);
        object? connection = session.Connection;

        await session.DisconnectAsync(CancellationToken.None);

        connection.Should().BeOfType<ChatConnection>().Which.ConnectionId.Should().Be(user.ConnectionId.Value);
        fixture.Server.Find(user.ConnectionId.Value).Should().BeNull();
        session.Connection.Should().BeSameAs(connection, "the connection stays observable after disconnect");
    }

    [Fact]
    public async Task StateAndConnection_NoHooks_AreNotSupported()
    {
        await using var fixture = new EchoWebSocketFixture();
        await using var harness = new KestrelIsolationHarness(fixture);
        UserSession session = await harness.ConnectAsync(_users.Create(), CancellationToken.None);

        Func<Task> write = () => session.WriteStateAsync("k", "v", CancellationToken.None);

        await write.Should().ThrowAsync<NotSupportedException>();
        session.Connection.Should().BeNull();
        harness.SystemRoots.Should().BeEmpty();
    }

    [Fact]
    public async Task StartWorkClaimingAsync_ClaimedIdentity_SendsItsCommandOverTheUsersOwnSocket()
    {
        await using var fixture = new EchoWebSocketFixture();
        await using var harness = new KestrelIsolationHarness(fixture);
        UserContext user = _users.Create();
        UserContext victim = _users.Create();

        UserSession session = await harness.ConnectAsync(user, CancellationToken.None);
        await session.StartWorkClaimingAsync(victim.RunId, user with { UserId = victim.UserId }, CancellationToken.None);
        ObservedEvent echo = await new EventProbe(session.Received).ExpectAsync("echo");

        echo.Payload["text"].Should().Be($$"""{"type":"start_run","user_id":"{{victim.UserId}}","run_id":"{{victim.RunId}}","thread_id":"{{user.ThreadId}}"}""");
    }

    [Fact]
    public async Task AbortAsync_ServerObjectsHooked_DropsTheSocketAndReturnsOnceTheServerForgotIt()
    {
        var server = new CloseRecordingChatServer();
        await using var fixture = new ChatServerFixture(server);
        await using KestrelIsolationHarness harness = fixture.CreateHarness();
        UserContext user = _users.Create();
        UserSession session = await harness.ConnectAsync(user, CancellationToken.None);
        object? connection = session.Connection;

        await session.AbortAsync(CancellationToken.None);

        connection.Should().BeOfType<ChatConnection>();
        fixture.Server.Find(user.ConnectionId.Value).Should().BeNull();
        server.Closes.Should().Equal((user.ConnectionId.Value, false));
        session.Received.IsCompleted.Should().BeTrue();
        fixture.Clients.Should().BeEmpty();
    }

    [Fact]
    public async Task DisconnectAsync_ServerObjectsHooked_ClosesWithAHandshake()
    {
        var server = new CloseRecordingChatServer();
        await using var fixture = new ChatServerFixture(server);
        await using KestrelIsolationHarness harness = fixture.CreateHarness();
        UserContext user = _users.Create();
        UserSession session = await harness.ConnectAsync(user, CancellationToken.None);

        await session.DisconnectAsync(CancellationToken.None);

        server.Closes.Should().Equal((user.ConnectionId.Value, true));
    }

    [Fact]
    public async Task ClaimsAndAbort_BaseSession_AreNotSupported()
    {
        await using var fixture = new EchoWebSocketFixture();
        await using var harness = new KestrelIsolationHarness(fixture);
        UserContext user = _users.Create();
        UserSession plain = new PlainSession(await harness.ConnectAsync(user, CancellationToken.None));

        Func<Task> claim = () => plain.StartWorkClaimingAsync(user.RunId, user, CancellationToken.None);
        Func<Task> abort = () => plain.AbortAsync(CancellationToken.None);

        await claim.Should().ThrowAsync<NotSupportedException>();
        await abort.Should().ThrowAsync<NotSupportedException>();
    }

    private sealed class CloseRecordingChatServer : ChatServer
    {
        private readonly List<(string, bool)> _closes = [];

        public IReadOnlyList<(string ConnectionId, bool Cleanly)> Closes
        {
            get
            {
                lock (_closes)
                {
                    return [.. _closes];
                }
            }
        }

        protected override void Closed(ChatConnection connection, bool cleanly)
        {
            lock (_closes)
            {
                _closes.Add((connection.ConnectionId, cleanly));
            }

            base.Closed(connection, cleanly);
        }
    }

    private sealed class PlainSession(UserSession inner) : UserSession(inner.User)
    {
        public override IEventSource Received => inner.Received;

        public override Task StartWorkAsync(RunId run, CancellationToken cancellationToken) => inner.StartWorkAsync(run, cancellationToken);

        public override Task DisconnectAsync(CancellationToken cancellationToken) => inner.DisconnectAsync(cancellationToken);
    }
}
