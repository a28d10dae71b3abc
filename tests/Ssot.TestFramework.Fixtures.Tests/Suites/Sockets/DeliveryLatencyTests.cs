using FluentAssertions;
using Ssot.TestFramework.Fixtures.Events;
using Ssot.TestFramework.Fixtures.Suites;

namespace Ssot.TestFramework.Fixtures.Tests.Suites.Sockets;

public sealed class DeliveryLatencyTests
{
    private static readonly DateTimeOffset s_sent = new(2026, 1, 2, 3, 4, 5, 250, TimeSpan.Zero);

    public static TheoryData<object?> SentAtForms => new()
    {
        s_sent.ToUnixTimeMilliseconds(),
        (double)s_sent.ToUnixTimeMilliseconds(),
        s_sent.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
        s_sent.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        "2026-01-02T04:04:05.250+01:00",
    };

    [Theory]
    [MemberData(nameof(SentAtForms))]
    public void TryRead_UnixMillisecondsOrIso8601_GivesReceiveMinusSend(object? sentAt)
    {
        ObservedEvent received = Event(new Dictionary<string, object?> { ["sent_at"] = sentAt }, s_sent.AddMilliseconds(7.5));

        DeliveryLatency.TryRead(received, "sent_at", out double latency).Should().BeTrue();

        latency.Should().Be(7.5);
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData(true)]
    [InlineData(null)]
    [InlineData(-5L)]
    public void TryRead_UnreadableSentAt_ReadsNothing(object? sentAt)
    {
        ObservedEvent received = Event(new Dictionary<string, object?> { ["sent_at"] = sentAt }, s_sent);

        DeliveryLatency.TryRead(received, "sent_at", out _).Should().BeFalse();
    }

    [Fact]
    public void TryRead_FieldAbsent_ReadsNothing()
    {
        DeliveryLatency.TryRead(Event(new Dictionary<string, object?>(), s_sent), "sent_at", out _).Should().BeFalse();
    }

    private static ObservedEvent Event(Dictionary<string, object?> payload, DateTimeOffset receivedAt)
        => ObservedEvent.Create("agent_started") with { Timestamp = receivedAt, Payload = payload };
}
