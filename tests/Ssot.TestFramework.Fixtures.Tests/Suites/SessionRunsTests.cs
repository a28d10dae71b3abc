using FluentAssertions;
using Ssot.TestFramework.Fixtures.Events;
using Ssot.TestFramework.Fixtures.Suites;
using Ssot.TestFramework.Users;

namespace Ssot.TestFramework.Fixtures.Tests.Suites;

public sealed class SessionRunsTests
{
    private readonly UserContextGenerator _users = new(5);

    [Fact]
    public void DidNotComplete_EventsArrivedOnAnotherConnection_SaysWhatArrivedAndWhere()
    {
        (LogSession owner, LogSession other) = (new LogSession(_users.Create()), new LogSession(_users.Create()));
        owner.Log.Publish("agent_started", other.User.UserId.Value, other.User.RunId.Value);
        other.Log.Publish("agent_started", owner.User.UserId.Value, owner.User.RunId.Value);
        other.Log.Publish("agent_completed", owner.User.UserId.Value, owner.User.RunId.Value);

        string text = SessionRuns.DidNotComplete(owner, owner.User.RunId, "agent_completed", 0, [new(owner, [owner.User.RunId]), new(other, [other.User.RunId])]);

        text.Should().Be($"User {owner.User.UserId}: run {owner.User.RunId} did not complete (agent_completed for it never arrived); it received instead 1 event(s): #1 agent_started (user={other.User.UserId}, run={other.User.RunId}); its events arrived on user {other.User.UserId}'s connection (2 event(s)).");
    }

    [Fact]
    public void DidNotComplete_NothingAnywhere_SaysItReceivedNothing()
    {
        var owner = new LogSession(_users.Create());

        SessionRuns.DidNotComplete(owner, owner.User.RunId, "agent_completed", 0, [new(owner, [owner.User.RunId])])
            .Should().EndWith("did not complete (agent_completed for it never arrived); it received nothing since the work started.");
    }

    [Fact]
    public async Task WaitForAnyAsync_MatchOnTheSecondSource_ReturnsTrue()
    {
        var first = new EventLog();
        var second = new EventLog();
        Task<bool> wait = SessionRuns.WaitForAnyAsync([(first, 0, e => e.Type == "done"), (second, 0, e => e.Type == "done")], TimeSpan.FromMinutes(1));

        second.Publish("done");

        (await wait).Should().BeTrue();
    }

    [Fact]
    public async Task WaitForAnyAsync_EverySourceCompletedWithoutMatch_ReturnsFalse()
    {
        var log = new EventLog();
        log.Publish("done");
        Task<bool> wait = SessionRuns.WaitForAnyAsync([(log, 1, e => e.Type == "done")], TimeSpan.FromMinutes(1));

        log.Complete();

        (await wait).Should().BeFalse("the only match is before the start index");
    }

    private sealed class LogSession(UserContext user) : UserSession(user)
    {
        public EventLog Log { get; } = new();

        public override IEventSource Received => Log;

        public override Task StartWorkAsync(RunId run, CancellationToken cancellationToken) => Task.CompletedTask;

        public override Task DisconnectAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
