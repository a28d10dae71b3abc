using System.Collections.Concurrent;
using FluentAssertions;
using Ssot.TestFramework.Compliance.Rules;
using Ssot.TestFramework.Testing;

namespace Ssot.TestFramework.Compliance.Tests.Rules;

/// <summary>
/// <see cref="ScanOptions.Progress"/> on real trees in source mode: the receiver hears how many files there are to
/// analyse and each one as it is analysed; exact mode (projects evaluated) is in <c>ExactModeTests</c>.
/// </summary>
public sealed class ScanProgressTests
{
    /// <summary>Records every report on the thread that makes it (no synchronisation context, unlike <see cref="Progress{T}"/>).</summary>
    internal sealed class Recorder : IProgress<ScanProgress>
    {
        public ConcurrentQueue<ScanProgress> Reports { get; } = new();

        public void Report(ScanProgress value) => Reports.Enqueue(value);
    }

    [Fact]
    public void Scan_SourceModeWithAReceiver_ReportsEveryAnalysedFileOfTheTotal()
    {
        string root = TreeFixture.PathOf("Legacy");
        var recorder = new Recorder();

        ScanResult result = SsotScanner.Scan(
            new ScanOptions(root) { Mode = ScanMode.Source, Progress = recorder },
            SsotRegistryLoader.Load(Path.Combine(root, "ssot.json")));

        int analysed = result.Statistics.CandidateFiles;
        analysed.Should().BePositive();
        ScanProgress[] reports = recorder.Reports.ToArray();
        reports.Should().HaveCount(analysed + 1, "one report when the text pass knows the files to analyse, then one per file");
        reports.Should().AllSatisfy(r =>
        {
            r.ProjectsEvaluated.Should().Be(0, "source mode evaluates no project");
            r.Files.Should().Be(analysed);
            r.FilesAnalysed.Should().BeInRange(0, analysed);
        });
        reports.Select(r => r.FilesAnalysed).Should().OnlyHaveUniqueItems().And.Contain(analysed);
    }
}
