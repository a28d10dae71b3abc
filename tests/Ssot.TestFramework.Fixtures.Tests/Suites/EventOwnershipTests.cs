using FluentAssertions;
using Ssot.TestFramework.Fixtures.Events;
using Ssot.TestFramework.Fixtures.Suites;
using Ssot.TestFramework.Users;

namespace Ssot.TestFramework.Fixtures.Tests.Suites;

public sealed class EventOwnershipTests
{
    private static readonly UserContext s_a = new(new UserId("usr_a"), new ThreadId("thr_a"), new RunId("run_a"), new RequestId("req_a"), new ConnectionId("conn_a"));
    private static readonly UserContext s_b = new(new UserId("usr_b"), new ThreadId("thr_b"), new RunId("run_b"), new RequestId("req_b"), new ConnectionId("conn_b"));
    private static readonly IReadOnlyList<IssuedIdentity> s_issued = [new(s_a, [s_a.RunId]), new(s_b, [s_b.RunId])];

    private static ObservedEvent Event(string? user, string? run, string? thread = null, string? connection = null) =>
        new("agent_started", user, run, thread, null, 1, DateTimeOffset.MinValue, string.Empty,
            connection is null ? new Dictionary<string, object?>() : new Dictionary<string, object?> { [EventOwnership.ConnectionIdField] = connection });

    [Fact]
    public void Mismatches_EveryIdItsOwn_IsEmpty()
    {
        EventOwnership.Mismatches(Event("usr_a", "run_a", "thr_a", "conn_a"), s_a, [s_a.RunId]).Should().BeEmpty();
        EventOwnership.IsOwn(Event("usr_a", "run_a"), s_a, [s_a.RunId]).Should().BeTrue("thread and connection ids are judged only when present");
    }

    [Fact]
    public void Mismatches_EachForeignId_IsNamed()
    {
        EventOwnership.Mismatches(Event("usr_b", "run_a"), s_a, [s_a.RunId]).Should().Equal("user=usr_b");
        EventOwnership.Mismatches(Event("usr_a", "run_b"), s_a, [s_a.RunId]).Should().Equal("run=run_b");
        EventOwnership.Mismatches(Event("usr_a", "run_a", "thr_b"), s_a, [s_a.RunId]).Should().Equal("thread=thr_b");
        EventOwnership.Mismatches(Event("usr_a", "run_a", connection: "conn_b"), s_a, [s_a.RunId]).Should().Equal("connection=conn_b");
        EventOwnership.Mismatches(Event(null, null), s_a, [s_a.RunId]).Should().Equal("no user id", "no run id");
        EventOwnership.Mismatches(Event("usr_a", "run_b"), s_a, runs: null).Should().BeEmpty("without runs the run id is not judged");
    }

    [Fact]
    public void ForeignEvents_OtherUsersRunStampedWithTheReceiversUserId_NamesTheRunsOwnerNotTheReceiver()
    {
        string? line = EventOwnership.ForeignEvents(s_a, [Event("usr_a", "run_b"), Event("usr_a", "run_b"), Event("usr_a", "run_b")], [s_a.RunId], s_issued);

        line.Should().Be("user usr_a received 3 event(s) that are not its own: 3 event(s) of user usr_b (run run_b, thread thr_b); first: #1 agent_started (user=usr_a, run=run_b)");
    }

    [Fact]
    public void ForeignEvents_OwnRunWithAnotherUsersThread_SaysWhoseThread()
    {
        string? line = EventOwnership.ForeignEvents(s_a, [Event("usr_a", "run_a", "thr_b")], [s_a.RunId], s_issued);

        line.Should().Contain("1 event(s) of its own run run_a but carrying thread=thr_b (user usr_b's)");
    }

    [Fact]
    public void ForeignEvents_IdsNobodyWasIssued_SaysSo()
    {
        string? line = EventOwnership.ForeignEvents(s_a, [Event("usr_z", "run_z", "thr_z", "conn_z")], [s_a.RunId], s_issued);

        line.Should().Contain("1 event(s) carrying ids this test never issued (user usr_z, run run_z, thread thr_z, connection conn_z)");
    }

    [Fact]
    public void ForeignEvents_OnlyOwnEvents_IsNull()
    {
        EventOwnership.ForeignEvents(s_a, [Event("usr_a", "run_a", "thr_a")], [s_a.RunId], s_issued).Should().BeNull();
    }
}
