using FluentAssertions;
using Ssot.TestFramework.Fixtures.Suites;
using static Ssot.TestFramework.Fixtures.Tests.Suites.Sockets.EventOrderingSuiteSocketTests;

namespace Ssot.TestFramework.Fixtures.Tests.Suites.Sockets;

/// <summary>The unchanged isolation suite catches seeded bugs of a real server over real sockets.</summary>
public sealed class UserIsolationSuiteSocketTests
{
    [Fact]
    public async Task Disconnect_ServerKeepsClosedConnectionInAList_NamesThePath()
    {
        string message = await FailureOf(new LeakyChatServer(), f => new IsolationSuiteOver(f), s => s.Disconnect_SystemKeepsNoReferenceToTheConnection());

        message.Should().Contain("to hold no reference to user usr_").And.Contain("connection after disconnect").And.Contain("_closed[0]");
    }

    [Fact]
    public async Task ConcurrentUsers_RaceInDeliveryUnderLoad_IsCaught()
    {
        string message = await FailureOf(new RacyChatServer(forceOverlap: true), f => new IsolationSuiteOver(f), s => s.ConcurrentUsers_EachReceiveExactlyTheirOwnEvents());

        message.Should().Contain("concurrent users to receive exactly its own run's events").And.Contain("that are not its own");
    }

    [Fact]
    public async Task EventsNeverReachAnother_RaceThatNeedsConcurrency_PassesWhenUsersTakeTurns()
    {
        await using var fixture = new ChatServerFixture(new RacyChatServer());
        await Passes(fixture, f => new IsolationSuiteOver(f), s => s.Events_ForOneUser_NeverReachAnother());
    }

    [Fact]
    public async Task Disconnect_HarnessWithoutServerObjects_IsNotApplicable()
    {
        await using var fixture = new ChatServerFixture(new ChatServer());
        var suite = new NoHooksSuite(fixture);
        Func<Task> run = suite.Disconnect_SystemKeepsNoReferenceToTheConnection;

        (await run.Should().ThrowAsync<SsotSkipException>()).Which.Message.Should().Contain("expose no Connection object");
        await ((IAsyncLifetime)suite).DisposeAsync();
    }
}
