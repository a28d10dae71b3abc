using FluentAssertions;
using Ssot.TestFramework.Common;
using Ssot.TestFramework.Fixtures.Suites;
using Ssot.TestFramework.Testing;

namespace Ssot.TestFramework.Fixtures.Tests.Suites.Imports;

/// <summary>Import reports that cannot be written never change a rule's verdict, and the scan still runs (docs/metrics.md).</summary>
public sealed class ImportReportFailureTests
{
    private static string[] NamingTheVariable(Suite suite) =>
        suite.Printed.Split(Environment.NewLine).Where(l => l.Contains("SSOT_RESULTS_DIR", StringComparison.Ordinal)).ToArray();

    [Fact]
    public void Scan_ResultsDirIsAFile_StillJudgesAndNamesEveryReportInOneLine()
    {
        using var tree = new ScannedTree("Legacy");
        using var folders = new UnusableFolders();
        var stderr = new StringWriter();
        Func<string, string?> environment = name => name == SsotResultsDirectory.EnvironmentVariable ? folders.File : null;

        ImportScanOutcome scan = ImportScanCache.Scan(tree.Registry, tree.Root, null, "import-compliance", "Release", environment, new ReportWriteDiagnostics(() => stderr, environment));

        scan.Comparison.NewViolations.Should().Contain(v => v.RuleId == "SSOT001");
        scan.Outcome.ReportFailures.Select(f => Path.GetFileName(f.Path)).Should().Equal("import-compliance.md", "import-compliance.json", "import-compliance.sarif");
        scan.ReportFailure.Should().Contain($"cannot write '{Path.Combine(folders.File, "import-compliance.md")}' (nor import-compliance.json, import-compliance.sarif): ")
            .And.Contain($"SSOT_RESULTS_DIR is '{folders.File}': point SSOT_RESULTS_DIR at a writable folder");
        scan.Notes.Should().NotContain(n => n.Contains("report: ", StringComparison.Ordinal));
        stderr.ToString().Should().Be(scan.ReportFailure + Environment.NewLine);
        File.ReadAllText(folders.File).Should().Be(UnusableFolders.FileContent);
    }

    [Fact]
    public async Task Check_ResultsDirUnderAFile_NewViolationsFailWithTheSameMessageAndOneLine()
    {
        using var tree = new ScannedTree("Legacy");
        using var folders = new UnusableFolders();
        Suite usable = tree.Suite(useBaseline: false);
        usable.SetEnvironment(SsotResultsDirectory.EnvironmentVariable, Path.Combine(folders.Root, "results"));
        Suite unusable = tree.Suite(useBaseline: false);
        unusable.SetEnvironment(SsotResultsDirectory.EnvironmentVariable, folders.UnderFile);

        Exception? normal = await usable.OutcomeOf(s => s.SSOT001_NoDeprecatedUsage());
        Exception? withoutReports = await unusable.OutcomeOf(s => s.SSOT001_NoDeprecatedUsage());

        normal.Should().NotBeNull();
        withoutReports.Should().NotBeNull().And.BeOfType(normal!.GetType());
        withoutReports!.Message.Should().Be(normal.Message).And.Contain("9 new SSOT001");
        NamingTheVariable(unusable).Should().ContainSingle().Which.Should().Contain(folders.UnderFile);
        NamingTheVariable(usable).Should().BeEmpty();
        File.Exists(Path.Combine(folders.Root, "results", "import-compliance.md")).Should().BeTrue();
    }

    [Fact]
    public async Task Check_ResultsDirIsAFile_ARuleWithoutViolationsStillPasses()
    {
        using var tree = new ScannedTree("Remediated");
        using var folders = new UnusableFolders();
        Suite suite = tree.Suite(useBaseline: false);
        suite.SetEnvironment(SsotResultsDirectory.EnvironmentVariable, folders.File);

        Exception? error = await suite.OutcomeOf(s => s.SSOT002_NoDeprecatedImport());

        error.Should().BeNull();
        suite.Printed.Should().MatchRegex(@"\[ssot\] SSOT002 \w+: no violations");
        NamingTheVariable(suite).Should().ContainSingle();
    }
}
