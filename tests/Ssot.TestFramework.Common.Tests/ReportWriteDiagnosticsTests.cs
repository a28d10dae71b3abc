using FluentAssertions;
using Ssot.TestFramework.Common;

namespace Ssot.TestFramework.Common.Tests;

public sealed class ReportWriteDiagnosticsTests
{
    private static Func<string, string?> Variable(string? value) => name => name == SsotResultsDirectory.EnvironmentVariable ? value : null;

    [Fact]
    public void Report_VariableSet_OneLineNamesTheVariableThePathTheReasonAndTheFix()
    {
        var stderr = new StringWriter();
        var channel = new ReportWriteDiagnostics(() => stderr, Variable("/tmp/results-file"));

        string line = channel.Report("/tmp/results-file/metrics.journal.jsonl", "The file '/tmp/results-file' already exists.");

        line.Should().Be("[ssot] run report not written (test verdicts are unchanged): cannot write '/tmp/results-file/metrics.journal.jsonl': "
            + "The file '/tmp/results-file' already exists. SSOT_RESULTS_DIR is '/tmp/results-file': point SSOT_RESULTS_DIR at a writable folder, "
            + "or unset it to use the default TestResults/ssot under the test project.");
        stderr.ToString().Should().Be(line + Environment.NewLine);
    }

    [Fact]
    public void Report_VariableUnset_NamesTheDefaultFolderAndTheFix()
    {
        var stderr = new StringWriter();
        var channel = new ReportWriteDiagnostics(() => stderr, Variable(null));

        string line = channel.Report("/repo/Tests/TestResults/ssot/metrics.journal.jsonl", "Access to the path is denied.");

        line.Should().EndWith("cannot write '/repo/Tests/TestResults/ssot/metrics.journal.jsonl': Access to the path is denied. "
            + "SSOT_RESULTS_DIR is unset, so the results folder is '/repo/Tests/TestResults/ssot': make that folder writable or set SSOT_RESULTS_DIR to a writable folder.");
    }

    [Fact]
    public void Report_SeveralFailuresInOneProcess_WritesStderrOnce()
    {
        var stderr = new StringWriter();
        var channel = new ReportWriteDiagnostics(() => stderr, Variable("/x"));

        string first = channel.Report("/x/metrics.journal.jsonl", "no");
        string second = channel.Report("/x/expected-failures.journal.jsonl", "no");

        second.Should().Contain("expected-failures.journal.jsonl", "every test still gets its own line");
        stderr.ToString().Should().Be(first + Environment.NewLine);
        channel.ToldStderr.Should().BeTrue();
    }

    [Fact]
    public void Report_MultiLineReasonAndOtherFiles_StaysOneLineNamingThemAll()
    {
        var channel = new ReportWriteDiagnostics(() => new StringWriter(), Variable("/x"));

        string line = channel.Report("/x/import-compliance.md", "first\nsecond", alsoNotWritten: ["/x/import-compliance.json", "/x/import-compliance.sarif"]);

        line.Should().NotContain("\n").And.Contain("cannot write '/x/import-compliance.md' (nor import-compliance.json, import-compliance.sarif): first second");
    }

    [Fact]
    public void ToldStderr_NothingReported_IsFalse()
    {
        var stderr = new StringWriter();
        var channel = new ReportWriteDiagnostics(() => stderr, Variable("/x"));

        channel.ToldStderr.Should().BeFalse();
        stderr.ToString().Should().BeEmpty();
    }
}
