using System.Text.Json;
using FluentAssertions;
using Ssot.TestFramework.Fixtures.Events;

namespace Ssot.TestFramework.Fixtures.Tests.Events;

public sealed class JsonEventParserTests
{
    private static readonly DateTimeOffset s_at = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    [Fact]
    public void TryParse_FullEvent_ReadsIdsAndPayload()
    {
        const string raw = """{"type":"tool_executing","user_id":"usr_a","run_id":"run_1","thread_id":"thr_1","tool_call_id":"t1","n":3,"ok":true,"x":1.5,"args":{"q":1}}""";

        bool parsed = JsonEventParser.Default.TryParse(raw, 7, s_at, out ObservedEvent? e, out string? error);

        parsed.Should().BeTrue();
        error.Should().BeNull();
        ObservedEvent evt = e!;
        evt.Should().BeEquivalentTo(new { Type = "tool_executing", UserId = "usr_a", RunId = "run_1", ThreadId = "thr_1", ToolCallId = "t1", Sequence = 7L, Timestamp = s_at, Raw = raw });
        evt.Payload["n"].Should().Be(3L);
        evt.Payload["ok"].Should().Be(true);
        evt.Payload["x"].Should().Be(1.5);
        ((JsonElement)evt.Payload["args"]!).GetProperty("q").GetInt32().Should().Be(1);
    }

    [Fact]
    public void TryParse_CustomFieldNames_ReadsThoseNames()
    {
        var parser = new JsonEventParser(new JsonEventFieldNames { Type = "event", UserId = "userId", RunId = "runId" });

        parser.TryParse("""{"event":"agent_started","userId":"usr_b","runId":42}""", 1, s_at, out ObservedEvent? e, out _).Should().BeTrue();

        e!.Type.Should().Be("agent_started");
        e.UserId.Should().Be("usr_b");
        e.RunId.Should().Be("42");
    }

    [Theory]
    [InlineData("not json", "not valid JSON*")]
    [InlineData("[1,2]", "expected a JSON object but got Array")]
    [InlineData("""{"kind":"x"}""", "the JSON object has no string property 'type'")]
    public void TryParse_Unparsable_ReportsError(string raw, string expectedError)
    {
        bool parsed = JsonEventParser.Default.TryParse(raw, 1, s_at, out ObservedEvent? e, out string? error);

        parsed.Should().BeFalse();
        e.Should().BeNull();
        error.Should().Match(expectedError);
    }
}
