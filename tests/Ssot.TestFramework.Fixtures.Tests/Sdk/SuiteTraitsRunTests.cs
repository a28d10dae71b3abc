using FluentAssertions;
using Ssot.TestFramework.Testing;

namespace Ssot.TestFramework.Fixtures.Tests.Sdk;

/// <summary>
/// Which tests `dotnet test --filter` selects by the suites' traits, read from the TRX of real runs of
/// tests/SuiteTraits.Sample: TrackedImports names its registry with [SsotRegistry], PlainImports only overrides
/// RegistryPath, MissingRegistryImports names a file that does not exist, OtherTests are no suite checks.
/// </summary>
public sealed class SuiteTraitsRunTests : IClassFixture<SuiteTraitsRunFixture>
{
    private static readonly string[] s_rules =
    [
        "SSOT001_NoDeprecatedUsage", "SSOT002_NoDeprecatedImport", "SSOT003_NoAliasConfusion",
        "SSOT004_NoMultipleImportPaths", "SSOT005_NoDualPattern", "SSOT006_NoDuplicateImplementation",
    ];

    private readonly SuiteTraitsRunFixture _run;

    public SuiteTraitsRunTests(SuiteTraitsRunFixture run)
    {
        _run = run;
    }

    [Fact]
    public void IssueFilter_SelectsTheChecksThatCanReportTheIssue_AndNoOther()
    {
        // #1066 is a deprecated type: SSOT001, 002, 003 and 005 judge it; SSOT004 and 006 judge canonical entries only.
        SuiteTraitsRunFixture.Names(_run.Issue).Should().Equal(
            "OtherTests.Marked_CarriesItsOwnIssue",
            "TrackedImports.SSOT001_NoDeprecatedUsage",
            "TrackedImports.SSOT002_NoDeprecatedImport",
            "TrackedImports.SSOT003_NoAliasConfusion",
            "TrackedImports.SSOT005_NoDualPattern");
        _run.Issue["SuiteTraits.Sample.TrackedImports.SSOT001_NoDeprecatedUsage"].Should().Match<TrxResult>(r => r.Outcome == "NotExecuted"
            && r.Message.StartsWith("[XFAIL] 1 known SSOT001 violation(s) in the baseline (#1066)", StringComparison.Ordinal));
        _run.Issue["SuiteTraits.Sample.TrackedImports.SSOT002_NoDeprecatedImport"].Outcome.Should().Be("Passed");
    }

    [Fact]
    public void ComplianceFilter_SelectsEverySuiteCheck_WithOrWithoutARegistryAttribute_AndNoOtherTest() =>
        SuiteTraitsRunFixture.Names(_run.Compliance).Should().Equal(
            new[] { "MissingRegistryImports", "PlainImports", "TrackedImports" }.SelectMany(c => s_rules.Select(r => $"{c}.{r}")));

    [Fact]
    public void ExpectedToFailFilter_SelectsTheRunsExpectedFailures_ThatDiscoveryCanKnow()
    {
        var expectedFailures = _run.Full.Results
            .Where(r => r.Value.Outcome == "NotExecuted" && r.Value.Message.StartsWith("[XFAIL]", StringComparison.Ordinal))
            .Select(r => r.Key.Replace("SuiteTraits.Sample.", string.Empty, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        string report = File.ReadAllText(Path.Combine(_run.ReportDirectory, "expected-failures.md"));

        // PlainImports' SSOT001 is the same expected failure, decided at run time: without [SsotRegistry] discovery cannot know it.
        expectedFailures.Should().Equal("OtherTests.Marked_CarriesItsOwnIssue", "PlainImports.SSOT001_NoDeprecatedUsage", "TrackedImports.SSOT001_NoDeprecatedUsage");
        expectedFailures.Should().OnlyContain(name => report.Contains("SuiteTraits.Sample." + name, StringComparison.Ordinal));
        SuiteTraitsRunFixture.Names(_run.ExpectedToFail).Should().Equal(expectedFailures.Where(n => !n.StartsWith("PlainImports.", StringComparison.Ordinal)));
        File.ReadAllText(_run.Baseline).Should().Be(_run.BaselineBefore, "the baseline's keys match the tree, so no run rewrote it");
    }

    [Fact]
    public void PlainOverride_GivesTheSameVerdicts_AsTheAttributedClass()
    {
        foreach (string rule in s_rules)
        {
            TrxResult plain = _run.Full["SuiteTraits.Sample.PlainImports." + rule];
            TrxResult tracked = _run.Full["SuiteTraits.Sample.TrackedImports." + rule];
            // The reasons also carry each test's own seed line (named after the test), so compare without it.
            (plain.Outcome, WithoutSeed(plain.Message)).Should().Be((tracked.Outcome, WithoutSeed(tracked.Message)), rule);
        }

        _run.Full["SuiteTraits.Sample.PlainImports.SSOT004_NoMultipleImportPaths"].Outcome.Should().Be("Passed");
    }

    [Fact]
    public void MissingRegistry_ChecksAreStillDiscovered_AndFailNamingTheFile_WithOneDiagnosticLine()
    {
        foreach (string rule in s_rules)
        {
            _run.Full["SuiteTraits.Sample.MissingRegistryImports." + rule].Should().Match<TrxResult>(r => r.Outcome == "Failed"
                && r.Message.Contains("Tree/missing.json' does not exist: RegistryPath is 'Tree/missing.json', resolved against the test project's folder", StringComparison.Ordinal), rule);
        }

        string[] lines = _run.Issue.Console.Split('\n').Where(l => l.Contains("[ssot] SuiteTraits.Sample.MissingRegistryImports:", StringComparison.Ordinal)).ToArray();
        lines.Should().ContainSingle().Which.Should().Contain("Tree/missing.json named by [SsotRegistry] could not be read at discovery, so its checks carry no Issue traits");
        _run.Issue.Console.Should().NotContain("[ssot] SuiteTraits.Sample.TrackedImports:");
    }

    private static string WithoutSeed(string message) =>
        string.Join('\n', message.Split('\n').Where(line => !line.StartsWith("[ssot] seed ", StringComparison.Ordinal)));
}
