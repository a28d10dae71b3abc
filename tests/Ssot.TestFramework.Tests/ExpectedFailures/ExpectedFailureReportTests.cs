using System.Text.Json;
using FluentAssertions;
using Ssot.TestFramework.ExpectedFailures;

namespace Ssot.TestFramework.Tests.ExpectedFailures;

public sealed class ExpectedFailureReportTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "ssot-xfail-report-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static ExpectedFailureReportEntry Entry(int i) =>
        new($"T.M(value: {i})", "ExpectedFailure", "Skipped", "reason | with pipe", "#1", null, "System.Exception", "boom", "[XFAIL] reason");

    [Fact]
    public async Task Record_ManyTestsAtOnce_KeepsEveryEntryInBothFiles()
    {
        var report = new ExpectedFailureReport(() => _directory);

        await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(() => report.Record(Entry(i)))));
        File.ReadAllLines(Path.Combine(_directory, ExpectedFailureReport.JournalFileName)).Should().HaveCount(200);
        report.Flush();

        using JsonDocument json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_directory, ExpectedFailureReport.JsonFileName)));
        json.RootElement.GetProperty("entries").GetArrayLength().Should().Be(200);
        json.RootElement.GetProperty("counts").GetProperty("ExpectedFailure").GetInt32().Should().Be(200);
        File.ReadAllLines(Path.Combine(_directory, ExpectedFailureReport.MarkdownFileName)).Count(l => l.StartsWith("| ExpectedFailure |", StringComparison.Ordinal)).Should().Be(200);
        Directory.GetFiles(_directory, "*.tmp").Should().BeEmpty();
    }

    [Fact]
    public void Record_PipeInReason_IsEscapedInMarkdown()
    {
        var report = new ExpectedFailureReport(() => _directory);

        report.Record(Entry(1));
        report.Flush();

        File.ReadAllText(Path.Combine(_directory, ExpectedFailureReport.MarkdownFileName)).Should().Contain("reason \\| with pipe").And.NotContain("reason | with");
    }
}
