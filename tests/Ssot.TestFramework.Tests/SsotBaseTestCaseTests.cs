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

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task InitializeAsync_SetUpThrows_CleanupsRegisteredBeforeRunAndTheSetUpsExceptionFailsTheTest(bool afterAnAwait)
    {
        var test = new TestableTestCase(new RecordingOutput());
        var steps = new List<string>();
        var broken = new InvalidOperationException("database not reachable");
        test.TearDown = () => { steps.Add("teardown"); return Task.CompletedTask; };
        test.Disposing = () => steps.Add("dispose");
        test.SetUp = async () =>
        {
            test.Cleanup(() => steps.Add("cleanup"), "registered by the set-up");
            if (afterAnAwait)
            {
                await Task.Yield();
            }

            throw broken;
        };

        Func<Task> start = test.StartAsync;

        // xUnit v2 never calls DisposeAsync after a failed InitializeAsync: the cleanups must have run by now.
        (await start.Should().ThrowAsync<InvalidOperationException>()).Which.Should().BeSameAs(broken);
        steps.Should().Equal("cleanup", "dispose");
        await test.FinishAsync();
        steps.Should().Equal("cleanup", "dispose");
    }

    [Fact]
    public async Task InitializeAsync_SetUpAndACleanupThrow_BothFailTheTestSetUpFirst()
    {
        var test = new TestableTestCase(new RecordingOutput());
        test.SetUp = () =>
        {
            test.Cleanup(() => throw new IOException("port still bound"), "stop server");
            throw new InvalidOperationException("server did not start");
        };

        Func<Task> start = test.StartAsync;

        AggregateException error = (await start.Should().ThrowAsync<AggregateException>()).Which;
        error.InnerExceptions.Select(e => e.Message).Should().SatisfyRespectively(
            first => first.Should().Contain("SetUpAsync failed").And.Contain("server did not start"),
            second => second.Should().Contain("stop server").And.Contain("port still bound"));
    }

    [Fact]
    public async Task InitializeAsync_SetUpThrowsAfterSettingUpAStrictMock_FailsWithTheSetUpsExceptionOnly()
    {
        var test = new TestableTestCase(new RecordingOutput());
        var broken = new InvalidOperationException("fixture data missing");
        test.SetUp = () =>
        {
            test.Mocks.Create<IServiceProvider>().Setup(p => p.GetService(typeof(string))).Returns("never asked");
            throw broken;
        };

        Func<Task> start = test.StartAsync;

        // The test never ran, so the unmet set-up says nothing: verifying it would only bury the real failure.
        (await start.Should().ThrowAsync<InvalidOperationException>()).Which.Should().BeSameAs(broken);
    }

    [Fact]
    public async Task InitializeAsync_SetUpSucceeds_RunsNothingOfTheEnd()
    {
        var test = new TestableTestCase(new RecordingOutput());
        var steps = new List<string>();
        test.Disposing = () => steps.Add("dispose");
        test.SetUp = () => { test.Cleanup(() => steps.Add("cleanup"), "c"); return Task.CompletedTask; };

        await test.StartAsync();

        steps.Should().BeEmpty();
        await test.FinishAsync();
        steps.Should().Equal("cleanup", "dispose");
    }

    [Fact]
    public async Task DisposeAsync_DisposeOverrideThrows_RunsLastAndFailsTheTest()
    {
        var test = new TestableTestCase(new RecordingOutput());
        var steps = new List<string>();
        test.Cleanup(() => steps.Add("cleanup"), "c");
        test.Disposing = () =>
        {
            steps.Add("dispose");
            throw new ObjectDisposedException("pool");
        };

        Func<Task> finish = test.FinishAsync;

        (await finish.Should().ThrowAsync<SsotCleanupException>()).Which.Message.Should().Contain("Dispose failed").And.Contain("pool");
        steps.Should().Equal("cleanup", "dispose");
    }

    [Fact]
    public void SsotBaseTestCase_IsNotDisposable_SoXunitSendsNoDisposeMessagesPerTest() =>
        typeof(IDisposable).IsAssignableFrom(typeof(SsotBaseTestCase)).Should().BeFalse("xUnit v2 sends two dispose messages per test of a disposable class; Dispose(bool) runs at the end of DisposeAsync");

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
