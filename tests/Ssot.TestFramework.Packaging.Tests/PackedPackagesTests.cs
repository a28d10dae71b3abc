using System.IO.Compression;
using System.Text.Json;
using System.Xml.Linq;
using FluentAssertions;
using Ssot.TestFramework.Testing;

namespace Ssot.TestFramework.Packaging.Tests;

/// <summary>
/// The packed packages as a team gets them: <c>ImportComplianceSuite</c> from the packed Fixtures in a fresh test project,
/// and the packed <c>ssot</c> tool, both in exact mode over a restored product project that they leave untouched.
/// </summary>
[Collection(PackedPackagesCollection.Name)]
public sealed partial class PackedPackagesTests(PackedPackagesFixture fixture, ITestOutputHelper output)
{
    private const string ExactLabel = "exact: 1 project(s), net10.0";

    [Fact]
    public void Pack_FiveProjects_DeclareTheKitsOwnPackagesAsDependenciesAtTheSameVersion()
    {
        foreach ((string step, TimeSpan duration) in fixture.Steps)
        {
            output.WriteLine($"{step}: {duration.TotalSeconds:0.0} s");
        }

        output.WriteLine($"fixture total: {fixture.Total.TotalSeconds:0.0} s (version {fixture.Version})");
        foreach (string id in PackedPackagesFixture.Projects)
        {
            File.Exists(fixture.Package(id)).Should().BeTrue($"{id} {fixture.Version} must be packed into the feed");
        }

        Dependencies("Ssot.TestFramework.Common").Should().BeEmpty();
        Dependencies("Ssot.TestFramework.Core").Should().Contain("Ssot.TestFramework.Common", fixture.Version)
            .And.NotContainKeys("xunit.extensibility.core", "xunit.extensibility.execution", "xunit.abstractions", "Microsoft.CodeAnalysis.CSharp");
        Dependencies("Ssot.TestFramework").Should().Contain("Ssot.TestFramework.Core", fixture.Version)
            .And.ContainKey("xunit.extensibility.execution")
            .And.NotContainKeys("Microsoft.CodeAnalysis.CSharp", "Microsoft.CodeAnalysis.Common");
        Dependencies("Ssot.TestFramework.Compliance").Should().Contain("Ssot.TestFramework.Common", fixture.Version)
            .And.ContainKey("Microsoft.CodeAnalysis.CSharp")
            .And.NotContainKeys("xunit.extensibility.core", "Moq", "Bogus");
        Dependencies("Ssot.TestFramework.Fixtures").Should().Contain("Ssot.TestFramework", fixture.Version)
            .And.Contain("Ssot.TestFramework.Compliance", fixture.Version);
    }

    [Fact]
    public void Pack_EveryPackage_CarriesItsReadme()
    {
        foreach (string id in PackedPackagesFixture.Projects)
        {
            using System.IO.Compression.ZipArchive package = System.IO.Compression.ZipFile.OpenRead(fixture.Package(id));
            System.IO.Compression.ZipArchiveEntry? readme = package.GetEntry("README.md");
            readme.Should().NotBeNull($"{id} must pack its README");
            readme!.Length.Should().BePositive();
        }
    }

    [Fact]
    public void Pack_SsotTool_CarriesTheScannerButNoTestLibrary()
    {
        using ZipArchive tool = ZipFile.OpenRead(fixture.Package("Ssot.TestFramework.Cli"));
        string[] assemblies = tool.Entries.Where(e => e.FullName.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .Select(e => e.Name).ToArray();
        output.WriteLine(string.Join("\n", assemblies));

        assemblies.Should().Contain(["ssot.dll", "Ssot.TestFramework.Compliance.dll", "Ssot.TestFramework.Common.dll", "System.CommandLine.dll", "Microsoft.CodeAnalysis.CSharp.dll"]);
        assemblies.Should().NotContain(a => a.StartsWith("Moq", StringComparison.OrdinalIgnoreCase)
            || a.StartsWith("Castle", StringComparison.OrdinalIgnoreCase)
            || a.StartsWith("Bogus", StringComparison.OrdinalIgnoreCase)
            || a.StartsWith("xunit", StringComparison.OrdinalIgnoreCase)
            || a.StartsWith("FluentAssertions", StringComparison.OrdinalIgnoreCase)
            || a == "Ssot.TestFramework.dll" || a == "Ssot.TestFramework.Fixtures.dll");
        Dependencies("Ssot.TestFramework.Cli").Should().BeEmpty("a tool package carries its assemblies and declares no dependency");
    }

    [Fact]
    public void Pack_WithArtifactsPath_LeavesTheKitsBinAndObjUntouched() =>
        fixture.KitOutputsAfterPack.Should().Equal(fixture.KitOutputsBeforePack, "packing must not rewrite the src/*/bin and obj the test host runs from");

    [Fact]
    public void ImportComplianceSuite_FromThePackedFixtures_FailsSsot001OnTheDeprecatedUseAndPassesTheOtherRules()
    {
        output.WriteLine(fixture.Suite.Console);
        fixture.Suite.Results.Should().HaveCount(6, "one test per rule SSOT001-SSOT006");
        TrxResult ssot001 = Rule("SSOT001_NoDeprecatedUsage");
        ssot001.Outcome.Should().Be("Failed");
        ssot001.Message.Should().Contain("1 new SSOT001 (DeprecatedUsage) violation(s)")
            .And.Contain("Checkout.cs:5:44 Shop.LegacyPriceCalculator in Shop.Checkout.Pay(decimal)")
            .And.Contain("; use Shop.PriceCalculator. (#42)")
            .And.NotContain("Use instead", "the message already names the replacement once");
        foreach (string rule in (string[])["SSOT002_NoDeprecatedImport", "SSOT003_NoAliasConfusion", "SSOT004_NoMultipleImportPaths", "SSOT005_NoDualPattern", "SSOT006_NoDuplicateImplementation"])
        {
            Rule(rule).Outcome.Should().Be("Passed", rule + " has no violation in Shop");
        }

        ssot001.StdOut.Should().Contain("[ssot] engine: " + ExactLabel);
    }

    [Fact]
    public void ImportComplianceSuite_FromThePackedFixtures_ReportsExactMode()
    {
        fixture.SuiteMarkdown.Should().Contain($"Engine: {ExactLabel}.");
        JsonElement engine = PackedPackagesFixture.Parse(fixture.SuiteJson).GetProperty("engine");
        engine.GetProperty("mode").GetString().Should().Be("exact");
        engine.GetProperty("label").GetString().Should().Be(ExactLabel);
        engine.GetProperty("approximateFiles").GetInt32().Should().Be(0);
    }

    [Fact]
    public void SsotTool_PackedAndInstalled_ExitsOneOnTheNewViolationInExactMode()
    {
        output.WriteLine(fixture.ToolStderr);
        fixture.ToolExitCode.Should().Be(1, "a new violation is exit code 1; stderr:\n" + fixture.ToolStderr);
        fixture.ToolStderr.Should().Contain("ssot: engine: " + ExactLabel);
        JsonElement report = PackedPackagesFixture.Parse(fixture.ToolJson);
        report.GetProperty("engine").GetProperty("mode").GetString().Should().Be("exact");
        report.GetProperty("engine").GetProperty("label").GetString().Should().Be(ExactLabel);
        JsonElement violation = report.GetProperty("violations").EnumerateArray().ToList().Should().ContainSingle().Subject;
        violation.GetProperty("ruleId").GetString().Should().Be("SSOT001");
        violation.GetProperty("file").GetString().Should().Be("Checkout.cs");
        violation.GetProperty("line").GetInt32().Should().Be(5);
        violation.GetProperty("symbol").GetString().Should().Be("T:Shop.LegacyPriceCalculator");
        violation.GetProperty("baselined").GetBoolean().Should().BeFalse();
    }

    [Fact]
    public void ScannedProject_AfterTheSuiteAndTheTool_IsUnchangedIncludingObj()
    {
        fixture.ShopBefore.Keys.Should().Contain("obj/project.assets.json", "Shop is restored before the runs, and obj/ is hashed");
        fixture.ShopAfterSuite.Should().Equal(fixture.ShopBefore, "the suite's exact-mode evaluation must write nothing into Shop/");
        fixture.ShopAfterTool.Should().Equal(fixture.ShopBefore, "the tool's exact-mode evaluation must write nothing into Shop/");
    }

    private TrxResult Rule(string method) =>
        fixture.Suite.Results.Single(r => r.Key.EndsWith("ImportComplianceTests." + method, StringComparison.Ordinal)).Value;

    /// <summary>The dependencies (ID to version) the package's nuspec declares for net8.0.</summary>
    private Dictionary<string, string> Dependencies(string id)
    {
        using ZipArchive zip = ZipFile.OpenRead(fixture.Package(id));
        ZipArchiveEntry nuspec = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.OrdinalIgnoreCase) && !e.FullName.Contains('/', StringComparison.Ordinal));
        using Stream stream = nuspec.Open();
        var doc = XDocument.Load(stream);
        return doc.Descendants().Where(e => e.Name.LocalName == "dependency")
            .ToDictionary(e => (string)e.Attribute("id")!, e => (string)e.Attribute("version")!, StringComparer.Ordinal);
    }
}
