using FluentAssertions;
using Ssot.TestFramework.Fixtures.Events;

namespace Ssot.TestFramework.Tests.Fixtures.Events;

public sealed class EventLogTests
{
    [Fact]
    public void Publish_TwoEvents_StampsSequenceAndTimestamp()
    {
        var log = new EventLog("log");

        log.Publish("a", userId: "usr_a");
        ObservedEvent second = log.Publish("b");

        second.Sequence.Should().Be(2);
        second.Timestamp.Should().NotBe(DateTimeOffset.MinValue);
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
