using FluentAssertions;
using Ssot.TestFramework.Testing;

namespace Ssot.TestFramework.Tests;

public sealed class SsotBaseTestCaseTests
{
    [Fact]
    public async Task AddCleanup_SeveralCallbacks_RunLastInFirstOut()
    {
        var test = new TestableTestCase(new RecordingOutput());
        var order = new List<int>();
        test.Cleanup(() => order.Add(1), "first");
        test.CleanupAsync(async () => { await Task.Yield(); order.Add(2); }, "second");
        test.Cleanup(() => order.Add(3), "third");

        await test.FinishAsync();

        order.Should().Equal(3, 2, 1);
    }

    [Fact]
    public async Task AddCleanup_OneCallbackThrows_OthersStillRunAndTheTestFails()
    {
        var test = new TestableTestCase(new RecordingOutput());
        var order = new List<int>();
        test.Cleanup(() => order.Add(1), "first");
        test.Cleanup(() => throw new InvalidOperationException("disk gone"), "broken");
        test.Cleanup(() => order.Add(3), "third");

        Func<Task> finish = test.FinishAsync;

        (await finish.Should().ThrowAsync<SsotCleanupException>())
            .Which.Message.Should().Contain("broken").And.Contain("disk gone");
        order.Should().Equal(3, 1);
    }

    [Fact]
    public async Task AddCleanup_TwoCallbacksThrow_BothAreReported()
    {
        var test = new TestableTestCase(new RecordingOutput());
        test.Cleanup(() => throw new InvalidOperationException("one"), "a");
        test.Cleanup(() => throw new InvalidOperationException("two"), "b");

        Func<Task> finish = test.FinishAsync;

        AggregateException error = (await finish.Should().ThrowAsync<AggregateException>()).Which;
        error.InnerExceptions.Should().HaveCount(2);
        error.Message.Should().Contain("one").And.Contain("two");
    }

    [Fact]
    public async Task TearDownAsync_Throws_CleanupsStillRunAndTheTestFails()
    {
        var test = new TestableTestCase(new RecordingOutput());
        bool cleaned = false;
        test.Cleanup(() => cleaned = true, "flag");
        test.TearDown = () => throw new InvalidOperationException("teardown broke");

        Func<Task> finish = test.FinishAsync;

        (await finish.Should().ThrowAsync<SsotCleanupException>()).Which.Message.Should().Contain("teardown broke");
        cleaned.Should().BeTrue();
    }

    [Fact]
    public void Constructor_NoKitBusSawTheTestStart_PrintsTheSeedAndHowToReplayIt()
    {
        var output = new RecordingOutput();
        var test = new TestableTestCase(output);

        output.Lines.Should().ContainSingle(l => l.Contains($"seed {test.Seed}") && l.Contains($"SSOT_SEED={test.Seed}"));
    }

    [Fact]
    public async Task Constructor_KitBusSawTheTestStart_KeepsTheSeedLineForAFailure()
    {
        var output = new RecordingOutput();
        var running = new Ssot.TestFramework.Sdk.SsotRunningTest(Sdk.SsotTestIdentityResolverTests.Test("Display", typeof(TestableTestCase)));

        TestableTestCase test = await Task.Run(() =>
        {
            Ssot.TestFramework.Sdk.SsotCurrentTest.Value = running;
            return new TestableTestCase(output);
        });

        output.Lines.Should().NotContain(l => l.Contains("[ssot] seed", StringComparison.Ordinal), "a passing test pays no output line for its seed");
        running.TakeFailureLine().Should().Be($"[ssot] seed {test.Seed} for {test.Identity.DisplayName} (replay with SSOT_SEED={test.Seed})");
    }

    [Fact]
    public async Task FinishAsync_ReportOff_WritesWallTimeAndAllocatedBytesToTheOutput()
    {
        var output = new RecordingOutput();
        var test = new TestableTestCase(output);

        await test.FinishAsync();

        output.Lines.Should().Contain(l => l.StartsWith("[ssot-metric] wall_time = ", StringComparison.Ordinal), "metrics that no report takes are shown, never lost");
        output.Lines.Should().Contain(l => l.StartsWith("[ssot-metric] allocated_bytes = ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FinishAsync_TestRecordedAMetric_WritesItWithWallTimeAndAllocatedBytesToTheOutput()
    {
        var output = new RecordingOutput();
        var test = new TestableTestCase(output);
        test.Record("users", 3, "count");

        await test.FinishAsync();

        output.Lines.Should().Contain("[ssot-metric] users = 3 count");
        output.Lines.Should().Contain(l => l.StartsWith("[ssot-metric] wall_time = ", StringComparison.Ordinal) && l.EndsWith(" ms", StringComparison.Ordinal));
        output.Lines.Should().Contain(l => l.StartsWith("[ssot-metric] allocated_bytes = ", StringComparison.Ordinal));
    }
}
