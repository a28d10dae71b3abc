using FluentAssertions;
using Ssot.TestFramework.Common;
using Ssot.TestFramework.Testing;

namespace Ssot.TestFramework.Common.Tests;

/// <summary>
/// The journal of a run report: written before Add returns, or (batched) by a background writer off the test's path,
/// with the process's first entry and every entry while the journal cannot be written still written at once, so the
/// test at hand gets the line that says why. A background writer that would wait an hour proves who wrote.
/// </summary>
public sealed class RunReportTests : IDisposable
{
    private static readonly TimeSpan s_hour = TimeSpan.FromHours(1);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ssot-runreport-" + Guid.NewGuid().ToString("N"));

    private string Journal => Path.Combine(_folder, "report.journal.jsonl");

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private RunReport<string> Report(TimeSpan? journalDelay, Func<string>? folder = null, ReportWriteDiagnostics? diagnostics = null) =>
        new(folder ?? (() => _folder), "report.journal.jsonl", (_, _) => { }, delay: s_hour, diagnostics: diagnostics, journalDelay: journalDelay);

    [Fact]
    public void Add_Unbatched_EveryEntryIsInTheJournalWhenAddReturns()
    {
        RunReport<string> report = Report(journalDelay: null);

        report.Add("first").Should().BeNull();
        report.Add("second").Should().BeNull();

        File.ReadAllLines(Journal).Should().Equal("\"first\"", "\"second\"");
    }

    [Fact]
    public void Add_Batched_OnlyTheFirstEntryIsWrittenAtOnce_FlushAppendsTheQueuedOnes()
    {
        RunReport<string> report = Report(journalDelay: s_hour);

        report.Add("first").Should().BeNull();
        report.Add("second").Should().BeNull();
        report.Add("third").Should().BeNull();

        File.ReadAllLines(Journal).Should().Equal(["\"first\""], "the later entries wait for the background writer (an hour here)");
        report.Flush();
        File.ReadAllLines(Journal).Should().Equal("\"first\"", "\"second\"", "\"third\"");
    }

    [Fact]
    public void Add_BatchedWriteFailed_TheNextAddWritesAtOnceAndReturnsTheLine_TheQueuedEntriesFollowWhenItCan()
    {
        using var folders = new UnusableFolders();
        string folder = Path.Combine(folders.Root, "results");
        var stderr = new StringWriter();
        RunReport<string> report = Report(s_hour, () => folder, new ReportWriteDiagnostics(() => stderr, _ => null));
        report.Add("first").Should().BeNull();
        report.Add("queued").Should().BeNull();

        // The folder becomes a file: the background write (here: Flush) fails and says so once on stderr.
        Directory.Delete(folder, recursive: true);
        File.WriteAllText(folder, UnusableFolders.FileContent);
        report.Flush();
        stderr.ToString().Should().Contain("run report not written");

        string? line = report.Add("while failing");
        line.Should().NotBeNull("while the journal cannot be written, each test's Add writes at once and gets the line");
        line.Should().Contain(Path.Combine(folder, "report.journal.jsonl"));

        File.Delete(folder);
        Directory.CreateDirectory(folder);
        report.Add("recovered").Should().BeNull();
        File.ReadAllLines(Path.Combine(folder, "report.journal.jsonl")).Should().Equal("\"queued\"", "\"while failing\"", "\"recovered\"");
    }
}
