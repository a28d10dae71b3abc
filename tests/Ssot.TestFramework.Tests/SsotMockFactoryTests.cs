using FluentAssertions;
using Moq;
using Ssot.TestFramework.Mocks;
using Ssot.TestFramework.Testing;

namespace Ssot.TestFramework.Tests;

/// <summary>
/// The strict mocks of a test verified when the base class ends it (<c>Mocks</c>); the factory itself is tested in
/// Ssot.TestFramework.Core.Tests (Mocks/SsotMockFactoryTests).
/// </summary>
public sealed class SsotMockFactoryTests
{
    public interface IClock
    {
        public DateTime Now();
    }

    [Fact]
    public async Task Mocks_SetupNeverCalled_FailsTheTestThatCreatedIt()
    {
        var test = new TestableTestCase(new RecordingOutput());
        test.Mocks.Create<IClock>().Setup(c => c.Now()).Returns(SsotMockFactory.ReferenceDate);

        Func<Task> finish = test.FinishAsync;

        (await finish.Should().ThrowAsync<SsotCleanupException>())
            .Which.Message.Should().Contain("Strict mock verification failed").And.Contain("Now()");
    }

    [Fact]
    public async Task Mocks_SetupCalled_TheTestPasses()
    {
        var test = new TestableTestCase(new RecordingOutput());
        Mock<IClock> clock = test.Mocks.Create<IClock>();
        clock.Setup(c => c.Now()).Returns(SsotMockFactory.ReferenceDate);
        clock.Object.Now().Should().Be(SsotMockFactory.ReferenceDate);

        Func<Task> finish = test.FinishAsync;

        await finish.Should().NotThrowAsync();
    }
}
