using System.Text.Json;
using FluentAssertions;
using Ssot.TestFramework.Metrics;

namespace Ssot.TestFramework.Tests.Metrics;

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

        // Every test's metrics are in the journal the moment Add returns; the aggregated files follow on Flush
        // (in a run: in the background and at process exit).
        (await File.ReadAllLinesAsync(Path.Combine(_directory, MetricsStore.JournalFileName))).Should().HaveCount(tests);
        store.Flush();

        using JsonDocument json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_directory, "metrics.json")));
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
    public async Task AddAsync_FolderCannotBeCreated_ThrowsNamingTheFileAndTheVariable()
    {
        string blocker = Path.Combine(_directory, "file");
        Directory.CreateDirectory(_directory);
        await File.WriteAllTextAsync(blocker, "not a folder");
        var store = new MetricsStore(Path.Combine(blocker, "ssot"), [new JsonMetricsReportWriter()]);

        Action add = () => store.Add(new TestMetrics("t", "c", "m", 1, []));

        add.Should().Throw<IOException>().Which.Message.Should().Contain(MetricsStore.JournalFileName).And.Contain("SSOT_RESULTS_DIR");
    }
}
