using FluentAssertions;
using Ssot.TestFramework.Testing;

namespace Ssot.TestFramework.Common.Tests;

/// <summary>
/// Issue 10: SSOT_RESULTS_DIR at a regular file turned every test of a run into Failed with a raw IOException. Through a
/// real `dotnet test` run and its TRX: every test keeps the outcome and message of a run with a usable folder, and the
/// one line naming SSOT_RESULTS_DIR and the fix reaches the tests' output and, once, the test host's stderr.
/// </summary>
public sealed class ResultsDirectoryRunTests : IClassFixture<ResultsDirectoryRunFixture>
{
    private const string Line = "[ssot] run report not written (test verdicts are unchanged): cannot write '";

    private readonly ResultsDirectoryRunFixture _run;

    public ResultsDirectoryRunTests(ResultsDirectoryRunFixture run)
    {
        _run = run;
    }

    private string Fix => $"SSOT_RESULTS_DIR is '{_run.ResultsFile}': point SSOT_RESULTS_DIR at a writable folder, or unset it to use the default TestResults/ssot under the test project.";

    [Fact]
    public void NormalRun_HasEveryKindOfVerdict_AndWritesEveryReport()
    {
        _run.Normal.Results.Values.GroupBy(r => r.Outcome).ToDictionary(g => g.Key, g => g.Count())
            .Should().BeEquivalentTo(new Dictionary<string, int> { ["Passed"] = 7, ["Failed"] = 3, ["NotExecuted"] = 2 });
        _run.Normal.Results.Values.Should().NotContain(r => r.StdOut.Contains("SSOT_RESULTS_DIR", StringComparison.Ordinal));
        _run.Normal.RunOutput.Should().NotContain("SSOT_RESULTS_DIR");
        foreach (string report in new[] { "metrics.json", "expected-failures.json", "import-compliance.md", "import-compliance.json", "import-compliance.sarif" })
        {
            new FileInfo(Path.Combine(_run.UsableFolder, report)).Length.Should().BePositive(report);
        }
    }

    [Fact]
    public void ResultsDirIsAFile_EveryTestKeepsItsOutcomeAndMessage()
    {
        _run.WithFile.Results.Keys.Should().BeEquivalentTo(_run.Normal.Results.Keys);
        foreach ((string name, TrxResult normal) in _run.Normal.Results)
        {
            TrxResult withFile = _run.WithFile[name];
            withFile.Outcome.Should().Be(normal.Outcome, name);
            withFile.Message.Should().Be(normal.Message, name);
        }

        _run.WithFile.ConsoleCounts().Should().Be(_run.Normal.ConsoleCounts());
        // The reason carries the test's [ssot] seed line (skipped results lose their output), never the report-failure line.
        _run.WithFile["ReportFailures.Sample.MetricsCases.ExpectedFailure"].Message.Should().MatchRegex(@"^\[XFAIL\] known duplicate \(#1\) — System\.InvalidOperationException: duplicate found\r?\n\[ssot\] seed \d+ for ReportFailures\.Sample\.MetricsCases\.ExpectedFailure \(replay with SSOT_SEED=\d+\)$");
        _run.WithFile["ReportFailures.Sample.ImportCases.SSOT001_NoDeprecatedUsage"].Message.Should().Contain("1 new SSOT001").And.Contain("Uses.cs:5:");
        File.ReadAllText(_run.ResultsFile).Should().Be(ResultsDirectoryRunFixture.FileContent);
    }

    [Fact]
    public void ResultsDirIsAFile_EachReportingTestCarriesExactlyOneLineNamingTheVariableAndTheFix()
    {
        foreach ((string name, TrxResult result) in _run.WithFile.Results.Where(r => r.Value.Outcome != "NotExecuted" && r.Key != "ReportFailures.Sample.PlainCases.Passes"))
        {
            string[] lines = result.StdOut.Split('\n').Where(l => l.Contains("SSOT_RESULTS_DIR", StringComparison.Ordinal)).ToArray();
            lines.Should().ContainSingle(name).Which.Should().StartWith(Line + _run.ResultsFile).And.EndWith(Fix);
        }

        _run.WithFile["ReportFailures.Sample.ImportCases.SSOT002_NoDeprecatedImport"].StdOut.Should()
            .Contain($"cannot write '{Path.Combine(_run.ResultsFile, "import-compliance.md")}' (nor import-compliance.json, import-compliance.sarif)");
        _run.WithFile["ReportFailures.Sample.PlainCases.Passes"].StdOut.Should().NotContain("SSOT_RESULTS_DIR", "a plain fact writes no report");
    }

    [Fact]
    public void ResultsDirIsAFile_TheTestHostsStderrCarriesTheLineOnce()
    {
        // The run-level output holds the adapter's log ("[xUnit.net …]" lines, which repeat skipped tests' output) and
        // the test host's own stderr, unprefixed.
        _run.WithFile.RunOutput.Split('\n').Where(l => l.StartsWith(Line, StringComparison.Ordinal)).Should().ContainSingle()
            .Which.Should().EndWith(Fix);
    }
}
