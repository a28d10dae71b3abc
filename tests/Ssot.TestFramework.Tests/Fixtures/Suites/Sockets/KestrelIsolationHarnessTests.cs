using FluentAssertions;
using Ssot.TestFramework.Fixtures.Events;
using Ssot.TestFramework.Fixtures.Suites;
using Ssot.TestFramework.Tests.Fixtures.WebSockets;
using Ssot.TestFramework.Users;

namespace Ssot.TestFramework.Tests.Fixtures.Suites.Sockets;

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
        var harness = fixture.CreateHarness();
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
        await using var harness = fixture.CreateHarness();
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
}
