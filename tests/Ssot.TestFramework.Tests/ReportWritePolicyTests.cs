using FluentAssertions;
using Ssot.TestFramework.Common;
using Ssot.TestFramework.ExpectedFailures;
using Ssot.TestFramework.Metrics;
using Ssot.TestFramework.Testing;

namespace Ssot.TestFramework.Tests;

/// <summary>
/// Issue 13, one policy for report I/O: a metrics journal and an expected-failure journal that cannot be written follow
/// the same rule. Neither throws (so no verdict changes), each gives the test one line, and the run's stderr gets one
/// line through the one diagnostics channel.
/// </summary>
public sealed class ReportWritePolicyTests : IDisposable
{
    private static readonly ExpectedFailureReportEntry s_entry = new("T.M", "XFAIL", "Skipped", "legacy duplicate", "#1", null, null, null, "[XFAIL] legacy duplicate (#1)", "T");
    private static readonly TestMetrics s_metrics = new("T.M", "T", "M", 1, [new MetricSample("wall_time", 1, "ms")]);

    private readonly UnusableFolders _folders = new();
    private readonly StringWriter _stderr = new();

    public void Dispose() => _folders.Dispose();

    private (string? Metrics, string? ExpectedFailures) RecordBoth(string results)
    {
        var channel = new ReportWriteDiagnostics(() => _stderr, name => name == SsotResultsDirectory.EnvironmentVariable ? results : null);
        var metrics = new MetricsStore(results, [new JsonMetricsReportWriter()], channel, new TestRunLedger());
        var expectedFailures = new ExpectedFailureReport(() => results, channel, new TestRunLedger());
        return (metrics.Add(s_metrics, "Kit.Tests"), expectedFailures.Record(s_entry));
    }

    [Fact]
    public void Add_BothJournalsIntoAFile_NeitherThrowsEachGivesOneLineAndStderrHasOne()
    {
        (string? metrics, string? expectedFailures) = RecordBoth(_folders.File);

        metrics.Should().StartWith(ReportWriteDiagnostics.Prefix).And.Contain(MetricsStore.JournalFileName).And.Contain("point SSOT_RESULTS_DIR at a writable folder");
        expectedFailures.Should().StartWith(ReportWriteDiagnostics.Prefix).And.Contain(ExpectedFailureReport.JournalFileName).And.Contain("point SSOT_RESULTS_DIR at a writable folder");
        _stderr.ToString().Should().Be(metrics + Environment.NewLine, "the run's stderr says it once, for whichever report failed first");
        File.ReadAllText(_folders.File).Should().Be(UnusableFolders.FileContent);
    }

    [Fact]
    public void Add_BothJournalsIntoAWritableFolder_NoLineAnywhere()
    {
        string results = Path.Combine(_folders.Root, "results");

        (string? metrics, string? expectedFailures) = RecordBoth(results);

        metrics.Should().BeNull();
        expectedFailures.Should().BeNull();
        _stderr.ToString().Should().BeEmpty();
        File.Exists(Path.Combine(results, MetricsStore.JournalFileName)).Should().BeTrue();
        File.Exists(Path.Combine(results, ExpectedFailureReport.JournalFileName)).Should().BeTrue();
    }
}
