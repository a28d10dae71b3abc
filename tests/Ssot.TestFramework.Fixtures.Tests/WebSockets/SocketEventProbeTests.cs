using FluentAssertions;
using Ssot.TestFramework.Fixtures.Events;
using Ssot.TestFramework.Fixtures.WebSockets;

namespace Ssot.TestFramework.Fixtures.Tests.WebSockets;

/// <summary>Probes and the protocol over real sockets: the way teams will use them together.</summary>
public sealed class SocketEventProbeTests(EchoWebSocketFixture fixture) : IClassFixture<EchoWebSocketFixture>
{
    private static string Emit(string user, string run, params string[] events) => "emit:" + string.Join('\n', events.Select(e =>
    {
        string[] parts = e.Split(':');
        string tool = parts.Length > 1 ? $",\"tool_call_id\":\"{parts[1]}\"" : string.Empty;
        return $"{{\"type\":\"{parts[0]}\",\"user_id\":\"{user}\",\"run_id\":\"{run}\"{tool}}}";
    }));

    [Fact]
    public async Task ExpectSequenceAsync_CriticalEventsOverSocket_PassProtocolAndStayWithTheirUser()
    {
        await using WebSocketTestClient alice = await fixture.ConnectAsync(new ClientIdentity("usr_alice"));
        await using WebSocketTestClient bob = await fixture.ConnectAsync(new ClientIdentity("usr_bob"));
        EventProbe aliceProbe = alice.CreateProbe();
        EventProbe bobProbe = bob.CreateProbe();

        await alice.SendTextAsync(Emit("usr_alice", "run_1", "agent_started", "agent_thinking", "tool_executing:t1", "tool_completed:t1", "agent_completed"));

        await aliceProbe.ExpectSequenceAsync("agent_started", "agent_thinking", "tool_executing", "tool_completed", "agent_completed");
        // A synchronisation point instead of a quiet window: Bob's own echo has come back, and nothing of Alice's reached him.
        await bob.SendTextAsync("sync");
        await bobProbe.ExpectAsync("echo");

        bob.Events.Snapshot().Should().NotContain(e => e.UserId == "usr_alice");
        EventProtocol.CriticalAgentEvents.ValidateRuns(alice.Events.Snapshot(), "usr_alice").Should().ContainSingle().Which.IsValid.Should().BeTrue();
    }

    [Fact]
    public async Task ValidateRuns_BrokenRunOverSocket_ReportsTheViolation()
    {
        await using WebSocketTestClient alice = await fixture.ConnectAsync(new ClientIdentity("usr_alice"));
        EventProbe probe = alice.CreateProbe();

        await alice.SendTextAsync(Emit("usr_alice", "run_2", "agent_started", "agent_thinking", "tool_executing:t1", "agent_completed"));
        await probe.ExpectAsync("agent_completed");

        RunValidation run = EventProtocol.CriticalAgentEvents.ValidateRuns(alice.Events.Snapshot()).Single();
        run.RunId.Should().Be("run_2");
        run.Violations.Should().ContainSingle().Which.Message.Should().Be("#4 tool_executing (user=usr_alice, run=run_2, tool=t1): tool_executing for 't1' was never closed by tool_completed");
    }
}
