using System.Text.Json;
using FluentAssertions;
using Ssot.TestFramework.Common;
using Ssot.TestFramework.Metrics;
using Ssot.TestFramework.Testing;

namespace Ssot.TestFramework.Core.Tests.Metrics;

public sealed class MetricsStoreTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "ssot-metrics-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public async Task AddAsync_500TestsFinishingAtOnce_AllReachMetricsJson()
    {
        var store = new MetricsStore(_directory, [new JsonMetricsReportWriter(), new MarkdownMetricsReportWriter()]);
        const int tests = 500;
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        Task[] finishing = Enumerable.Range(0, tests).Select(i => Task.Run(async () =>
        {
            await gate.Task;
            store.Add(new TestMetrics($"Kit.T.M{i:D3}", "Kit.T", $"M{i:D3}", i, [new MetricSample("wall_time", i, "ms")]));
        })).ToArray();
        gate.SetResult();
        await Task.WhenAll(finishing);

        // Every test's metrics are queued when Add returns and in the journal once Flush returns (in a run: a background
        // writer appends them in batches; the end of the run and process exit flush); the aggregated files follow.
        store.Flush();
        (await File.ReadAllLinesAsync(Path.Combine(_directory, MetricsStore.JournalFileName))).Should().HaveCount(tests).And.OnlyHaveUniqueItems();

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_directory, "metrics.json")));
        var names = json.RootElement.GetProperty("tests").EnumerateArray().Select(t => t.GetProperty("test").GetString()).ToList();
        names.Should().HaveCount(tests).And.OnlyHaveUniqueItems();
        names.Should().BeEquivalentTo(Enumerable.Range(0, tests).Select(i => $"Kit.T.M{i:D3}"));
        JsonElement wall = json.RootElement.GetProperty("summary").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "wall_time");
        wall.GetProperty("count").GetInt32().Should().Be(tests);
        wall.GetProperty("max").GetDouble().Should().Be(499);

        string markdown = await File.ReadAllTextAsync(Path.Combine(_directory, "metrics.md"));
        markdown.Should().Contain("| wall_time | ms | 500 | 0 |").And.Contain("| Kit.T.M499 | 499 | wall_time | 499 | ms |");
        Directory.GetFiles(_directory, "*.tmp").Should().BeEmpty();
    }

    [Fact]
    public async Task Add_ManyTestsWithoutFlush_TheBackgroundWriterJournalsEveryOne()
    {
        var store = new MetricsStore(_directory, [new JsonMetricsReportWriter()]);
        string journal = Path.Combine(_directory, MetricsStore.JournalFileName);

        for (int i = 0; i < 200; i++)
        {
            store.Add(new TestMetrics($"Kit.T.M{i:D3}", "Kit.T", $"M{i:D3}", i, [])).Should().BeNull();
        }

        // No Flush: only the background writer can bring the journal to 200 lines.
        DateTime deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while ((File.Exists(journal) ? File.ReadAllLines(journal).Length : 0) < 200 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(RunReports.JournalDelay);
        }

        File.ReadAllLines(journal).Should().HaveCount(200).And.OnlyHaveUniqueItems();
    }

    private static Func<string, string?> Variable(string value) => name => name == "SSOT_RESULTS_DIR" ? value : null;

    [Fact]
    public void Add_ResultsDirIsAFile_ReturnsOneLineNamingTheVariableAndTheFixAndLeavesTheFile()
    {
        using var folders = new UnusableFolders();
        var stderr = new StringWriter();
        var store = new MetricsStore(folders.File, [new JsonMetricsReportWriter()], new ReportWriteDiagnostics(() => stderr, Variable(folders.File)));

        string? line = store.Add(new TestMetrics("t", "c", "m", 1, []));

        line.Should().StartWith("[ssot] run report not written (test verdicts are unchanged): cannot write '" + Path.Combine(folders.File, MetricsStore.JournalFileName) + "': ")
            .And.Contain($"SSOT_RESULTS_DIR is '{folders.File}': point SSOT_RESULTS_DIR at a writable folder");
        stderr.ToString().Should().Be(line + Environment.NewLine);
        File.ReadAllText(folders.File).Should().Be(UnusableFolders.FileContent);
    }

    [Fact]
    public void Add_ResultsDirUnderAFile_EveryTestGetsItsLineAndStderrHasOne()
    {
        using var folders = new UnusableFolders();
        var stderr = new StringWriter();
        var store = new MetricsStore(folders.UnderFile, [new JsonMetricsReportWriter()], new ReportWriteDiagnostics(() => stderr, Variable(folders.UnderFile)));

        string?[] lines = Enumerable.Range(0, 3).Select(i => store.Add(new TestMetrics($"t{i}", "c", "m", i, []))).ToArray();

        lines.Should().OnlyContain(l => l != null && l.Contains("SSOT_RESULTS_DIR is '" + folders.UnderFile + "'", StringComparison.Ordinal));
        stderr.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle().Which.Should().Be(lines[0]);
        store.Count.Should().Be(3, "the entries stay in memory");
    }

    [Fact]
    public void Add_WritableFolder_ReturnsNullAndSaysNothing()
    {
        var stderr = new StringWriter();
        var store = new MetricsStore(_directory, [new JsonMetricsReportWriter()], new ReportWriteDiagnostics(() => stderr, Variable(_directory)));

        string? line = store.Add(new TestMetrics("t", "c", "m", 1, []));

        line.Should().BeNull();
        stderr.ToString().Should().BeEmpty();
        File.ReadAllLines(Path.Combine(_directory, MetricsStore.JournalFileName)).Should().ContainSingle().Which.Should().Be("{\"test\":\"t\",\"className\":\"c\",\"methodName\":\"m\",\"seed\":1,\"samples\":[]}", "the journal line is the entry metrics.json holds for the test");
    }

    [Fact]
    public void Add_FolderBecomesUsable_TheJournalGetsTheEarlierEntriesToo()
    {
        using var folders = new UnusableFolders();
        string results = Path.Combine(folders.File, "ssot");
        var store = new MetricsStore(results, [new JsonMetricsReportWriter()], new ReportWriteDiagnostics(() => new StringWriter(), Variable(results)));
        store.Add(new TestMetrics("first", "c", "m", 1, [])).Should().NotBeNull();

        File.Delete(folders.File);
        string? second = store.Add(new TestMetrics("second", "c", "m", 2, []));

        second.Should().BeNull();
        File.ReadAllLines(Path.Combine(results, MetricsStore.JournalFileName)).Should().HaveCount(2)
            .And.Satisfy(l => l.Contains("\"first\""), l => l.Contains("\"second\""));
    }

    private MetricsStore RunOf(string assembly, params (string Test, double Value)[] tests)
    {
        var store = new MetricsStore(_directory, [new JsonMetricsReportWriter(), new MarkdownMetricsReportWriter()], ledger: new Ssot.TestFramework.Common.TestRunLedger());
        foreach ((string test, double value) in tests)
        {
            store.Add(new TestMetrics(test, "Team.Tests.Cases", test, 1, [new MetricSample("wall_time", value, "ms")]), assembly);
        }

        store.Flush();
        return store;
    }

    private JsonElement Json() => JsonDocument.Parse(File.ReadAllText(Path.Combine(_directory, "metrics.json"))).RootElement;

    private static string[] Names(JsonElement json, string list) =>
        json.GetProperty(list).EnumerateArray().Select(t => t.GetProperty("test").GetString()!).ToArray();

    [Fact]
    public void Flush_FilteredRunAfterAFullRun_KeepsTheTestsNotRunAndSaysPartial()
    {
        RunOf("Team.Tests", ("A", 1), ("B", 2), ("C", 3));
        RunOf("Team.Tests", ("B", 20));

        JsonElement json = Json();
        json.GetProperty("partial").GetBoolean().Should().BeTrue();
        json.GetProperty("assembly").GetString().Should().Be("Team.Tests");
        Names(json, "tests").Should().Equal("B");
        Names(json, "notRunThisTime").Should().Equal("A", "C");
        JsonElement wall = json.GetProperty("summary").EnumerateArray().Single();
        wall.GetProperty("count").GetInt32().Should().Be(1); // the summary covers the tests that ran
        wall.GetProperty("max").GetDouble().Should().Be(20);
        File.ReadAllText(Path.Combine(_directory, "metrics.md")).Should().Contain("**Partial run** of Team.Tests: 1 tests ran; 2 tests of earlier runs did not run this time")
            .And.Contain("| A (not run this time) | 1 | wall_time | 1 | ms |").And.Contain("| B | 1 | wall_time | 20 | ms |");
    }

    [Fact]
    public void Flush_TwoFilteredRunsThenAFullRun_KeepsEarlierKeptTestsThenIsComplete()
    {
        RunOf("Team.Tests", ("A", 1), ("B", 2));
        RunOf("Team.Tests", ("A", 10));
        RunOf("Team.Tests", ("A", 100));

        Names(Json(), "notRunThisTime").Should().Equal("B"); // kept across a second filtered run

        RunOf("Team.Tests", ("A", 1), ("B", 2));

        JsonElement json = Json();
        json.GetProperty("partial").GetBoolean().Should().BeFalse();
        Names(json, "notRunThisTime").Should().BeEmpty();
        File.ReadAllText(Path.Combine(_directory, "metrics.md")).Should().Contain("2 tests of Team.Tests; every test listed by earlier runs ran this time").And.NotContain("not run this time)");
    }

    [Fact]
    public void Flush_EarlierReportOfAnotherAssembly_IsNotMerged()
    {
        RunOf("Other.Tests", ("A", 1));
        RunOf("Team.Tests", ("B", 2));

        JsonElement json = Json();
        json.GetProperty("partial").GetBoolean().Should().BeFalse();
        Names(json, "notRunThisTime").Should().BeEmpty();
    }
}
