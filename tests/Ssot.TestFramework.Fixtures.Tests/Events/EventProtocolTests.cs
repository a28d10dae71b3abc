using FluentAssertions;
using Ssot.TestFramework.Fixtures.Events;

namespace Ssot.TestFramework.Fixtures.Tests.Events;

public sealed class EventProtocolTests
{
    private static readonly EventProtocol s_critical = EventProtocol.CriticalAgentEvents;

    /// <summary>Builds a run: "type" or "type:toolCallId" or "type@runId".</summary>
    private static IReadOnlyList<ObservedEvent> Run(params string[] specs)
    {
        var log = new EventLog();
        foreach (string spec in specs)
        {
            string[] atRun = spec.Split('@');
            string[] withTool = atRun[0].Split(':');
            log.Publish(withTool[0], userId: "usr_a", runId: atRun.Length > 1 ? (atRun[1].Length == 0 ? null : atRun[1]) : "run_1", toolCallId: withTool.Length > 1 ? withTool[1] : null);
        }

        return log.Snapshot();
    }

    private static ProtocolViolation Single(IReadOnlyList<ObservedEvent> run, ProtocolViolationKind kind)
    {
        IReadOnlyList<ProtocolViolation> violations = s_critical.Validate(run);
        violations.Select(v => v.Kind).Should().Equal([kind], because: string.Join("; ", violations));
        return violations[0];
    }

    [Fact]
    public void Validate_CorrectRunWithRepeatedThinkingAndTwoToolCalls_Passes()
    {
        IReadOnlyList<ObservedEvent> run = Run(
            "agent_started", "agent_thinking", "tool_executing:t1", "agent_thinking", "tool_executing:t2",
            "tool_completed:t2", "tool_completed:t1", "agent_thinking", "agent_completed");

        s_critical.Validate(run).Should().BeEmpty();
    }

    [Fact]
    public void Validate_OtherEventTypes_AreIgnored()
    {
        s_critical.Validate(Run("welcome", "agent_started", "agent_thinking", "echo", "agent_completed", "echo")).Should().BeEmpty();
    }

    [Fact]
    public void Validate_NoCompletion_ReportsMissingEvent()
    {
        ProtocolViolation v = Single(Run("agent_started", "agent_thinking"), ProtocolViolationKind.MissingEvent);

        v.Message.Should().Be("required event agent_completed never appeared (protocol 'critical agent events')");
        v.Position.Should().Be(2);
        v.Event.Should().BeNull();
    }

    [Fact]
    public void Validate_ThinkingBeforeStart_ReportsOutOfOrder()
    {
        ProtocolViolation v = Single(Run("agent_thinking", "agent_started", "agent_completed"), ProtocolViolationKind.OutOfOrder);

        v.Message.Should().Be("#1 agent_thinking (user=usr_a, run=run_1): came before agent_started at [1], which must be first");
        v.Sequence.Should().Be(1);
    }

    [Fact]
    public void Validate_ToolNeverCompleted_ReportsUnclosedToolCall()
    {
        ProtocolViolation v = Single(Run("agent_started", "agent_thinking", "tool_executing:t1", "agent_completed"), ProtocolViolationKind.UnclosedToolCall);

        v.Message.Should().Contain("#3 tool_executing").And.Contain("tool_executing for 't1' was never closed by tool_completed");
        v.Position.Should().Be(2);
    }

    [Fact]
    public void Validate_CompletedWithoutExecuting_ReportsUnmatchedToolCompleted()
    {
        ProtocolViolation v = Single(Run("agent_started", "agent_thinking", "tool_executing:t1", "tool_completed:t2", "tool_completed:t1", "agent_completed"), ProtocolViolationKind.UnmatchedToolCompleted);

        v.Message.Should().EndWith("tool_completed for 't2' has no open tool_executing before it");
        v.Sequence.Should().Be(4);
    }

    [Fact]
    public void Validate_EventAfterCompleted_ReportsEventAfterCompletion()
    {
        ProtocolViolation v = Single(Run("agent_started", "agent_thinking", "agent_completed", "agent_thinking"), ProtocolViolationKind.EventAfterCompletion);

        v.Message.Should().Be("#4 agent_thinking (user=usr_a, run=run_1): came after #3 agent_completed (user=usr_a, run=run_1), which must be last");
    }

    [Fact]
    public void Validate_TwoStarts_ReportsDuplicateStart()
    {
        ProtocolViolation v = Single(Run("agent_started", "agent_thinking", "agent_started", "agent_completed"), ProtocolViolationKind.DuplicateStart);

        v.Message.Should().EndWith("agent_started may appear only once but this is occurrence 2");
    }

    [Fact]
    public void Validate_EventOfAnotherRun_ReportsWrongRun()
    {
        ProtocolViolation v = Single(Run("agent_started", "agent_thinking@run_2", "agent_completed"), ProtocolViolationKind.WrongRun);

        v.Message.Should().EndWith("run id run_2 differs from the run's run_1");
    }

    [Fact]
    public void Validate_ToolCallWithoutId_ReportsMissingKey()
    {
        Single(Run("agent_started", "agent_thinking", "tool_executing", "agent_completed"), ProtocolViolationKind.MissingKey)
            .Message.Should().EndWith("tool_executing has no key to pair tool_executing with tool_completed");
    }

    [Fact]
    public void EnsureValid_BrokenRun_ThrowsListingViolationsAndEvents()
    {
        Action ensure = () => s_critical.EnsureValid(Run("agent_started", "tool_completed:t9"));

        ensure.Should().Throw<EventExpectationException>()
            .WithMessage("The events break protocol 'critical agent events' (3 violation(s)):*UnmatchedToolCompleted at [1]*MissingEvent*agent_thinking*MissingEvent*agent_completed*Events:*#2 tool_completed*");
    }

    [Fact]
    public void EnsureValid_CorrectRun_DoesNotThrow()
    {
        Action ensure = () => s_critical.EnsureValid(Run("agent_started", "agent_thinking", "agent_completed"));

        ensure.Should().NotThrow();
    }

    [Fact]
    public void ValidateRuns_InterleavedRunsOfTwoUsers_ValidatesEachRunOfTheUser()
    {
        var log = new EventLog();
        log.Publish("agent_started", "usr_a", "run_1");
        log.Publish("agent_started", "usr_a", "run_2");
        log.Publish("agent_started", "usr_b", "run_3");
        log.Publish("agent_thinking", "usr_a", "run_1");
        log.Publish("agent_completed", "usr_a", "run_1");
        log.Publish("agent_completed", "usr_a", "run_2");

        IReadOnlyList<RunValidation> runs = s_critical.ValidateRuns(log.Snapshot(), userId: "usr_a");

        runs.Select(r => r.RunId).Should().Equal("run_1", "run_2");
        runs[0].IsValid.Should().BeTrue();
        runs[1].Violations.Should().ContainSingle(v => v.Kind == ProtocolViolationKind.MissingEvent && v.Message.Contains("agent_thinking"));
    }

    [Fact]
    public void Build_TeamProtocol_EnforcesItsOwnRules()
    {
        EventProtocol upload = EventProtocol.Define("upload")
            .First("upload_started")
            .MayRepeat("chunk_received")
            .Pair("scan_started", "scan_finished", e => e.Payload.TryGetValue("file", out object? f) ? f as string : null)
            .Last("upload_finished")
            .Required("upload_started", "upload_finished")
            .SameRun(false)
            .Build();
        ObservedEvent Scan(string type, string file) => ObservedEvent.Create(type) with { Payload = new Dictionary<string, object?> { ["file"] = file } };
        var good = new EventLog();
        good.Publish("upload_started");
        good.Publish("chunk_received");
        good.Publish("chunk_received");
        good.Publish(Scan("scan_started", "a.txt"));
        good.Publish(Scan("scan_finished", "a.txt"));
        good.Publish("upload_finished");
        var bad = new EventLog();
        bad.Publish("upload_started");
        bad.Publish(Scan("scan_started", "a.txt"));
        bad.Publish("upload_finished");
        bad.Publish("upload_finished");

        upload.Validate(good.Snapshot()).Should().BeEmpty();
        upload.Validate(bad.Snapshot()).Select(v => v.Kind).Should().BeEquivalentTo(
            [ProtocolViolationKind.UnclosedToolCall, ProtocolViolationKind.EventAfterCompletion, ProtocolViolationKind.DuplicateEvent]);
    }
}
