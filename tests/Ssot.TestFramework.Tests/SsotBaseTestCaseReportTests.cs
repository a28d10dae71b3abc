using FluentAssertions;
using Ssot.TestFramework.Common;
using Ssot.TestFramework.Metrics;
using Ssot.TestFramework.Testing;

namespace Ssot.TestFramework.Tests;

/// <summary>The metrics report that cannot be written never changes the test's verdict (docs/metrics.md).</summary>
public sealed class SsotBaseTestCaseReportTests
{
    private static TestableTestCase Test(string results, StringWriter stderr)
    {
        var test = new TestableTestCase(new RecordingOutput(), writeReport: true);
        test.MetricsReportStore = new MetricsStore(results, [new JsonMetricsReportWriter()],
            new ReportWriteDiagnostics(() => stderr, name => name == SsotResultsDirectory.EnvironmentVariable ? results : null));
        return test;
    }

    private static string[] NamingTheVariable(TestableTestCase test) =>
        test.Recorded.Lines.Where(l => l.Contains("SSOT_RESULTS_DIR", StringComparison.Ordinal)).ToArray();

    [Fact]
    public async Task FinishAsync_ResultsDirIsAFile_TestStillPassesWithOneLineNamingTheVariableAndTheFix()
    {
        using var folders = new UnusableFolders();
        var stderr = new StringWriter();
        TestableTestCase test = Test(folders.File, stderr);

        Func<Task> finish = test.FinishAsync;

        await finish.Should().NotThrowAsync();
        NamingTheVariable(test).Should().ContainSingle().Which.Should()
            .Contain($"cannot write '{Path.Combine(folders.File, MetricsStore.JournalFileName)}'").And.Contain("point SSOT_RESULTS_DIR at a writable folder");
        test.Recorded.Lines.Should().Contain(l => l.StartsWith("[ssot-metric] wall_time = ", StringComparison.Ordinal));
        stderr.ToString().Should().Be(NamingTheVariable(test)[0] + Environment.NewLine);
    }

    [Fact]
    public async Task FinishAsync_ResultsDirUnderAFileAndACleanupFails_FailsWithTheCleanupsOwnMessageOnly()
    {
        using var folders = new UnusableFolders();
        TestableTestCase test = Test(folders.UnderFile, new StringWriter());
        test.Cleanup(() => throw new InvalidOperationException("disk gone"), "broken");

        Func<Task> finish = test.FinishAsync;

        SsotCleanupException error = (await finish.Should().ThrowAsync<SsotCleanupException>()).Which;
        error.Message.Should().Contain("broken").And.Contain("disk gone").And.NotContain("SSOT_RESULTS_DIR").And.NotContain("metrics");
        NamingTheVariable(test).Should().ContainSingle();
    }

    [Fact]
    public async Task FinishAsync_WritableResultsDir_WritesTheJournalAndNoLine()
    {
        using var folders = new UnusableFolders();
        string results = Path.Combine(folders.Root, "results");
        var stderr = new StringWriter();
        TestableTestCase test = Test(results, stderr);

        await test.FinishAsync();

        NamingTheVariable(test).Should().BeEmpty();
        stderr.ToString().Should().BeEmpty();
        File.ReadAllLines(Path.Combine(results, MetricsStore.JournalFileName)).Should().ContainSingle();
        test.Recorded.Lines.Should().NotContain(l => l.StartsWith("[ssot-metric] ", StringComparison.Ordinal), "a test that recorded nothing itself finds its wall time in the report, not in its output");
    }

    [Fact]
    public async Task FinishAsync_WritableResultsDirAndARecordedMetric_WritesTheJournalAndShowsTheMetrics()
    {
        using var folders = new UnusableFolders();
        string results = Path.Combine(folders.Root, "results");
        TestableTestCase test = Test(results, new StringWriter());
        test.Record("users", 3, "count");

        await test.FinishAsync();

        File.ReadAllLines(Path.Combine(results, MetricsStore.JournalFileName)).Should().ContainSingle().Which.Should().Contain("\"users\"");
        test.Recorded.Lines.Should().Contain("[ssot-metric] users = 3 count")
            .And.Contain(l => l.StartsWith("[ssot-metric] wall_time = ", StringComparison.Ordinal));
    }
}
