using System.IO.Compression;
using System.Text.Json;
using FluentAssertions;
using Ssot.TestFramework.Testing;

namespace Ssot.TestFramework.Packaging.Tests;

/// <summary>
/// Where a test finds its files, on the packed packages (<see cref="PackedLayoutScenario"/>): an artifacts-layout
/// repository whose test binaries run in place and from a copy, on CI systems and on a developer machine, and the
/// packed <c>ssot</c> tool scanning <c>src/Shop</c> against the same baseline.
/// </summary>
public sealed partial class PackedPackagesTests
{
    private static readonly string[] s_importReports = ["import-compliance.json", "import-compliance.md", "import-compliance.sarif", "metrics.json", "metrics.md"];

    private static readonly string[] s_allReports = ["expected-failures.json", "expected-failures.md", .. s_importReports];

    [Fact]
    public void Pack_Common_ShipsTheStampTargetsInBuildTransitiveOnly()
    {
        using ZipArchive zip = ZipFile.OpenRead(fixture.Package("Ssot.TestFramework.Common"));
        var entries = zip.Entries.Select(e => e.FullName).ToList();

        entries.Should().Contain("buildTransitive/Ssot.TestFramework.Common.targets");
        entries.Should().NotContain(e => e.StartsWith("build/", StringComparison.Ordinal), "NuGet ignores build/ when buildTransitive/ exists, for direct references too");
        foreach (string id in PackedPackagesFixture.Projects.Where(p => p != "Ssot.TestFramework.Common"))
        {
            // Ssot.TestFramework ships targets of its own (the Moq guard and the run end), never a second copy of the stamp.
            using ZipArchive other = ZipFile.OpenRead(fixture.Package(id));
            foreach (ZipArchiveEntry entry in other.Entries.Where(e => e.FullName.EndsWith(".targets", StringComparison.Ordinal) || e.FullName.EndsWith(".props", StringComparison.Ordinal)))
            {
                using var reader = new StreamReader(entry.Open());
                string text = reader.ReadToEnd();
                entry.Name.Should().NotBe("Ssot.TestFramework.Common.targets");
                text.Should().NotContain("Ssot.ProjectDirectory", $"{id} gets the stamp through its dependency on Common, so it is imported once ({entry.FullName})")
                    .And.NotContain("SSOT_VSTEST_RESULTS_DIR", $"{id} gets the results-directory hook through Common ({entry.FullName})");
            }
        }
    }

    [Theory]
    [InlineData("Shop.Tests")]
    [InlineData("Only.Ssot.TestFramework")]
    [InlineData("Only.Ssot.TestFramework.Common")]
    public void Restore_ProjectReferencingOneKitPackage_ImportsTheStampTargetsOnce(string project)
    {
        string targets = fixture.Layout.RestoredTargets(project);

        System.Text.RegularExpressions.Regex.Count(targets, "<Import Project=\"[^\"]*/buildTransitive/Ssot\\.TestFramework\\.Common\\.targets\"")
            .Should().Be(1, "the project's nuget.g.targets imports the kit's targets exactly once:\n" + targets);
    }

    [Fact]
    public void ImportComplianceSuite_CopiedArtifactsBinariesOnCiSystemsWithoutBaseline_FailFindingTheRegistryAndCreateNoBaseline()
    {
        PackedLayoutScenario layout = fixture.Layout;
        string baseline = Path.Combine(layout.TestProjectDirectory, "ssot.baseline.json");
        foreach ((string variable, string value) in PackedLayoutScenario.CiRuns)
        {
            TrxRun run = layout.CiSuites[variable];
            output.WriteLine($"{variable}={value}:\n{run.Console}");
            TrxResult ssot001 = LayoutRule(run, "SSOT001_NoDeprecatedUsage");
            ssot001.Outcome.Should().Be("Failed", $"{variable} is a CI system's variable, so the missing baseline is not created and the violation is new");
            ssot001.Message.Should().Contain("1 new SSOT001").And.Contain("src/Shop/Checkout.cs:5:44");
            ssot001.StdOut.Should().Contain($"no baseline at {baseline}: every violation counts as new. On CI it is never created silently")
                .And.Contain($"[ssot] scanned {Path.Combine(layout.Root, "src", "Shop")} with {Path.Combine(layout.TestProjectDirectory, "ssot.json")}");
            LayoutRule(run, "SSOT002_NoDeprecatedImport").Outcome.Should().Be("Passed", "the registry was found, so the rules without violations pass");
        }

        layout.BaselineAfterCi.Should().BeFalse("no CI run may create the baseline");
        layout.ProjectReportsAfterCi.Should().Equal(s_importReports, "without SSOT_RESULTS_DIR the reports go to TestResults/ssot under the stamped project, not beside the copied binaries");
        Directory.EnumerateFileSystemEntries(layout.Copied, "TestResults", SearchOption.AllDirectories).Should().BeEmpty();
    }

    [Fact]
    public void ImportComplianceSuite_ArtifactsLayoutWithResultsDirectory_CreatesTheBaselineBesideTheRegistryAndReportsUnderTheResultsDirectory()
    {
        PackedLayoutScenario layout = fixture.Layout;
        output.WriteLine(layout.Development.Console);

        LayoutRule(layout.Development, "SSOT001_NoDeprecatedUsage").Outcome.Should().Be("NotExecuted", "the baseline was created on this developer machine, so the violation is a known one ([XFAIL], skipped)");
        layout.BaselineAfterDevelopment.Should().Contain("\"file\": \"src/Shop/Checkout.cs\"").And.Contain("\"symbol\": \"T:Shop.LegacyPriceCalculator\"");
        PackedLayoutScenario.Reports(Path.Combine(layout.DevelopmentResults, "ssot", "Shop.Tests")).Should().Equal(s_allReports, "dotnet test --results-directory X puts the kit's reports in X/ssot/<test assembly>");
        layout.ProjectReportsAfterDevelopment.Should().BeEmpty("with --results-directory nothing goes to the project's TestResults/ssot");
        Directory.EnumerateFileSystemEntries(layout.BuiltOutput, "*", SearchOption.AllDirectories)
            .Select(Path.GetFileName).Should().NotContain(["TestResults", "ssot.baseline.json", "import-compliance.md"], "nothing is written beside the artifacts-layout binaries");
    }

    [Fact]
    public void ImportComplianceSuite_CopiedBinariesOnADeveloperMachine_UseTheProjectsBaselineUnchangedAndReportUnderTheProject()
    {
        PackedLayoutScenario layout = fixture.Layout;
        output.WriteLine(layout.CopiedRun.Console);

        LayoutRule(layout.CopiedRun, "SSOT001_NoDeprecatedUsage").Outcome.Should().Be("NotExecuted", "the copied binaries find the baseline beside the registry");
        LayoutRule(layout.CopiedRun, "SSOT006_NoDuplicateImplementation").Outcome.Should().Be("Passed");
        layout.BaselineAfterCopied.Should().Be(layout.BaselineAfterDevelopment);
        layout.ProjectReportsAfterCopied.Should().Equal(s_allReports, "dotnet test <dll> passes no results directory to MSBuild, so the default TestResults/ssot under the stamped project is used");
        Directory.EnumerateFileSystemEntries(layout.Copied, "*", SearchOption.AllDirectories)
            .Select(Path.GetFileName).Should().NotContain(["TestResults", "ssot.baseline.json", "import-compliance.md"]);
    }

    [Fact]
    public void SsotScan_OfSrcShopOnCiWithTheSuitesBaseline_PassesLeavesItUnchangedAndWritesRepositoryRelativeSarif()
    {
        PackedLayoutScenario layout = fixture.Layout;
        output.WriteLine(layout.ScanStderr);

        layout.ScanExitCode.Should().Be(0, "every violation is in the suite's baseline (same keys); stderr:\n" + layout.ScanStderr);
        layout.BaselineAfterScan.Should().Be(layout.BaselineAfterDevelopment);

        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Reports", "sarif-schema-2.1.0.json")));
        JsonElement sarif = PackedPackagesFixture.Parse(layout.Sarif);
        new JsonSchemaValidator(schema.RootElement).Validate(sarif).Should().BeEmpty();
        JsonElement run = sarif.GetProperty("runs")[0];
        run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString()
            .Should().Be(new Uri(layout.Root + "/").AbsoluteUri, "the repository root (git), not the scan root src/Shop");
        JsonElement result = run.GetProperty("results").EnumerateArray().Should().ContainSingle().Subject;
        JsonElement artifact = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");
        artifact.GetProperty("uri").GetString().Should().Be("src/Shop/Checkout.cs");
        artifact.GetProperty("uriBaseId").GetString().Should().Be("%SRCROOT%");
        result.GetProperty("baselineState").GetString().Should().Be("unchanged");
    }

    [Fact]
    public void SsotScan_OfSrcShopOnADeveloperMachine_CreatesTheSameBaselineTheSuiteCreated()
    {
        PackedLayoutScenario layout = fixture.Layout;

        layout.CliBaselineExitCode.Should().Be(0, layout.CliBaselineStderr);
        File.ReadAllText(layout.CliBaselinePath).Should().Be(layout.BaselineAfterDevelopment, "one baseline serves the CLI and the suite: the suite accepts this file as its own");
    }

    private static TrxResult LayoutRule(TrxRun run, string method) =>
        run.Results.Single(r => r.Key.EndsWith("ImportComplianceTests." + method, StringComparison.Ordinal)).Value;
}
