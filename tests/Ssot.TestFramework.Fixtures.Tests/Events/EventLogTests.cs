using FluentAssertions;
using Microsoft.Extensions.Time.Testing;
using Ssot.TestFramework.Fixtures.Events;

namespace Ssot.TestFramework.Fixtures.Tests.Events;

public sealed class EventLogTests
{
    [Fact]
    public void Publish_TwoEvents_StampsSequenceAndTimestamp()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero));
        var log = new EventLog("log", clock);

        log.Publish("a", userId: "usr_a");
        clock.Advance(TimeSpan.FromSeconds(1));
        ObservedEvent second = log.Publish("b");

        second.Sequence.Should().Be(2);
        log.Snapshot()[0].Timestamp.Should().Be(new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero));
        second.Timestamp.Should().Be(new DateTimeOffset(2025, 1, 2, 3, 4, 6, TimeSpan.Zero));
        log.Snapshot().Select(e => e.Type).Should().Equal("a", "b");
        log.Snapshot()[0].UserId.Should().Be("usr_a");
    }

    [Fact]
    public async Task WaitForMoreAsync_PublishFromAnotherTask_Completes()
    {
        var log = new EventLog();
        Task wait = log.WaitForMoreAsync(0, CancellationToken.None);
        wait.IsCompleted.Should().BeFalse();

        await Task.Run(() => log.Publish("a"));
        await wait.WaitAsync(TimeSpan.FromSeconds(10));

        log.Count.Should().Be(1);
    }

    [Fact]
    public void Publish_AfterComplete_ThrowsNamingTheLog()
    {
        var log = new EventLog("my log");
        log.Complete();

        Action publish = () => log.Publish("a");

        publish.Should().Throw<InvalidOperationException>().WithMessage("*'my log'*complete*");
        log.WaitForMoreAsync(0, CancellationToken.None).IsCompleted.Should().BeTrue();
    }
}
