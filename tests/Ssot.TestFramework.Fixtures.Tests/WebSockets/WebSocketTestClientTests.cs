using System.Net.WebSockets;
using FluentAssertions;
using Ssot.TestFramework.Fixtures.Events;
using Ssot.TestFramework.Fixtures.WebSockets;

namespace Ssot.TestFramework.Fixtures.Tests.WebSockets;

public sealed class WebSocketTestClientTests(EchoWebSocketFixture fixture) : IClassFixture<EchoWebSocketFixture>
{
    [Fact]
    public async Task ConnectAsync_TwoIdentities_ServerSeesEachIdentity()
    {
        await using WebSocketTestClient alice = await fixture.ConnectAsync(new ClientIdentity("usr_alice", "conn_a"));
        await using WebSocketTestClient bob = await fixture.ConnectAsync(new ClientIdentity("usr_bob", "conn_b"));

        ObservedEvent aliceWelcome = await alice.CreateProbe().ExpectAsync("welcome");
        ObservedEvent bobWelcome = await bob.CreateProbe().ExpectAsync("welcome");

        aliceWelcome.UserId.Should().Be("usr_alice");
        aliceWelcome.Payload["connection_id"].Should().Be("conn_a");
        aliceWelcome.Payload["query_user"].Should().Be("usr_alice");
        aliceWelcome.Payload["header_user"].Should().Be("usr_alice");
        bobWelcome.UserId.Should().Be("usr_bob");
        bobWelcome.Payload["connection_id"].Should().Be("conn_b");
    }

    [Fact]
    public async Task SendTextAsync_TextFrame_RoundTripsAndIsRecordedWithSequenceAndTimestamps()
    {
        await using WebSocketTestClient client = await fixture.ConnectAsync(new ClientIdentity("usr_echo"));

        await client.SendTextAsync("hello ✓");

        ObservedEvent echo = await client.CreateProbe().ExpectAsync("echo");
        echo.Payload["text"].Should().Be("hello ✓");
        echo.Sequence.Should().Be(2);
        ReceivedFrame frame = client.Frames[1];
        frame.Sequence.Should().Be(2);
        frame.Event.Should().Be(echo);
        frame.Text.Should().Be(echo.Raw);
        frame.MonotonicTimestamp.Should().BeGreaterThanOrEqualTo(client.Frames[0].MonotonicTimestamp);
        frame.Timestamp.Should().Be(echo.Timestamp).And.NotBe(default);
    }

    [Fact]
    public async Task SendJsonAsync_200ConcurrentSendsFromManyTasks_AllArrive()
    {
        await using WebSocketTestClient client = await fixture.ConnectAsync(new ClientIdentity("usr_many"));
        EventProbe probe = client.CreateProbe();
        await probe.ExpectAsync("welcome");

        await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(() => client.SendJsonAsync(new { type = "n", n = i }))));

        var numbers = new List<int>();
        for (int i = 0; i < 200; i++)
        {
            ObservedEvent echo = await probe.ExpectAsync("echo");
            numbers.Add(System.Text.Json.JsonDocument.Parse((string)echo.Payload["text"]!).RootElement.GetProperty("n").GetInt32());
        }

        numbers.Should().BeEquivalentTo(Enumerable.Range(0, 200));
        client.Frames.Select(f => f.Sequence).Should().Equal(Enumerable.Range(1, 201).Select(i => (long)i));
    }

    [Fact]
    public async Task Frames_UnparsableAndBinaryMessages_AreRecordedNotDropped()
    {
        await using WebSocketTestClient client = await fixture.ConnectAsync(new ClientIdentity("usr_raw"), "/raw");

        ObservedEvent ok = await client.CreateProbe().ExpectAsync("ok");

        ok.Sequence.Should().Be(4);
        IReadOnlyList<ReceivedFrame> frames = client.Frames;
        frames.Should().HaveCount(4);
        frames[0].Should().Match<ReceivedFrame>(f => f.Text == "not json" && f.Event == null && f.ParseError!.StartsWith("not valid JSON"));
        frames[1].ParseError.Should().Be("expected a JSON object but got Array");
        frames[2].MessageType.Should().Be(WebSocketMessageType.Binary);
        frames[2].Text.Should().Be("AQID");
        frames[3].ParseError.Should().BeNull();
        client.Events.Snapshot().Should().ContainSingle();
    }

    [Fact]
    public async Task CloseAsync_ClientInitiated_EndsClosedAndCompletesEvents()
    {
        WebSocketTestClient client = await fixture.ConnectAsync(new ClientIdentity("usr_close"));

        await client.CloseAsync();

        client.State.Should().Be(WebSocketState.Closed);
        client.ReceiveError.Should().BeNull();
        client.Events.IsCompleted.Should().BeTrue();
        await client.DisposeAsync();
        fixture.Clients.Should().NotContain(client);
    }

    [Fact]
    public async Task Completion_ServerClosesConnection_ClientSeesServerStatus()
    {
        await using WebSocketTestClient client = await fixture.ConnectAsync(new ClientIdentity("usr_kicked"), "/server-close");

        await client.Completion.WaitAsync(TimeSpan.FromSeconds(10));

        client.State.Should().Be(WebSocketState.Closed);
        client.CloseStatus.Should().Be(WebSocketCloseStatus.PolicyViolation);
        client.CloseStatusDescription.Should().Be("server says bye");
        Func<Task> expectMore = () => client.CreateProbe().ExpectAsync("never");
        await expectMore.Should().ThrowAsync<EventExpectationException>().WithMessage("*the source completed*#1 bye*");
    }
}
