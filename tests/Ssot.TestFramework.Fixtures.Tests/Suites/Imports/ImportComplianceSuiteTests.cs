using FluentAssertions;
using Ssot.TestFramework.Compliance.Baselines;
using Ssot.TestFramework.Compliance.Rules;
using Ssot.TestFramework.ExpectedFailures.Sdk;
using Ssot.TestFramework.Fixtures.Suites;
using Ssot.TestFramework.Sdk;

namespace Ssot.TestFramework.Fixtures.Tests.Suites.Imports;

public sealed class ImportComplianceSuiteTests
{
    private static readonly Action<Suite>[] s_allRules =
    [
        s => s.SSOT001_NoDeprecatedUsage(), s => s.SSOT002_NoDeprecatedImport(), s => s.SSOT003_NoAliasConfusion(),
        s => s.SSOT004_NoMultipleImportPaths(), s => s.SSOT005_NoDualPattern(), s => s.SSOT006_NoDuplicateImplementation(),
    ];

    private static async Task<string> FailureOf(Suite suite, Action<Suite> check)
    {
        try
        {
            Action run = () => check(suite);
            return run.Should().Throw<Exception>().Which.Message;
        }
        finally
        {
            await ((IAsyncLifetime)suite).DisposeAsync();
        }
    }

    private static (ExpectedFailureSettings? Declared, Exception? Thrown) RunDeclaring(Suite suite, Action<Suite> check)
    {
        var context = new ExpectedFailureContext();
        ExpectedFailureContext.Current = context;
        try
        {
            check(suite);
            return (context.Declared, null);
        }
        catch (Exception ex)
        {
            return (context.Declared, ex);
        }
        finally
        {
            ExpectedFailureContext.Current = null;
        }
    }

    [Fact]
    public async Task LegacyTree_NoBaseline_EachRuleWithViolationsFailsListingFileLineAndReplacement()
    {
        using var tree = new ScannedTree("Legacy");

        string usage = await FailureOf(tree.Suite(useBaseline: false), s => s.SSOT001_NoDeprecatedUsage());
        string import = await FailureOf(tree.Suite(useBaseline: false), s => s.SSOT002_NoDeprecatedImport());
        string dual = await FailureOf(tree.Suite(useBaseline: false), s => s.SSOT005_NoDualPattern());

        usage.Should().Contain("9 new SSOT001").And.Contain("Orders/OrderService.cs:13:").And.Contain("; use NotifierOptions.Host. (SHOP-44)").And.NotContain("Use instead: NotifierOptions.Host", "the replacement is named once");
        import.Should().Contain("1 new SSOT002").And.Contain("Orders/OrderService.cs:2:19").And.Contain("(SHOP-43)");
        dual.Should().Contain("Orders/Checkout.cs:8:").And.Contain("Orders/Checkout.cs:13:");
    }

    [Fact]
    public async Task LegacyTree_RuleWithoutViolations_Passes()
    {
        using var tree = new ScannedTree("Legacy");
        Suite suite = tree.Suite(useBaseline: false);

        suite.SSOT003_NoAliasConfusion();
        await ((IAsyncLifetime)suite).DisposeAsync();

        suite.Printed.Should().Contain("SSOT003 AliasConfusion: no violations");
    }

    [Fact]
    public async Task RemediatedTree_EveryRule_Passes()
    {
        using var tree = new ScannedTree("Remediated");
        string[] ids = new[] { "SSOT001", "SSOT002", "SSOT003", "SSOT004", "SSOT005", "SSOT006" };
        for (int i = 0; i < s_allRules.Length; i++)
        {
            Suite suite = tree.Suite(useBaseline: false);
            s_allRules[i](suite);
            await ((IAsyncLifetime)suite).DisposeAsync();

            suite.Printed.Should().MatchRegex($@"\[ssot\] {ids[i]} \w+: no violations").And.Contain("0 violation(s), 0 unreadable or unparsable file(s)");
        }
    }

    [Fact]
    public void LegacyTree_WithBaseline_KnownViolationsAreDeclaredExpectedFailures()
    {
        using var tree = new ScannedTree("Legacy");
        tree.Suite(useBaseline: true, ci: false); // a developer machine creates the missing baseline on first use
        _ = RunDeclaring(tree.Suite(useBaseline: true, ci: false), s => s.SSOT001_NoDeprecatedUsage());
        File.Exists(tree.Baseline).Should().BeTrue();

        (ExpectedFailureSettings? declared, Exception? thrown) = RunDeclaring(tree.Suite(useBaseline: true, ci: true), s => s.SSOT001_NoDeprecatedUsage());

        declared.Should().NotBeNull();
        declared!.Reason.Should().Be("9 known SSOT001 violation(s) in the baseline");
        declared.Issue.Should().Be("SHOP-43, SHOP-44");
        thrown.Should().BeOfType<SuiteCheckException>().Which.Message.Should().Contain("are in the baseline, pending remediation");
    }

    [Fact]
    public void LegacyTree_NineKnownViolations_SkipReasonListsEachFileLineAndSymbol()
    {
        using var tree = new ScannedTree("Legacy");
        BaselineFile.Write(tree.Baseline, Baseline.FromViolations(SsotScanner.Scan(tree.Root, SsotRegistryLoader.Load(tree.Registry)).Violations));

        (ExpectedFailureSettings? declared, Exception? thrown) = RunDeclaring(tree.Suite(useBaseline: true, ci: true), s => s.SSOT001_NoDeprecatedUsage());

        string[] lines = ExpectedFailureFormatter.SkipReason(declared!, thrown!).Split(Environment.NewLine);
        lines.Should().HaveCount(10);
        lines[0].Should().EndWith("9 SSOT001 (DeprecatedUsage) violation(s) are in the baseline, pending remediation:");
        lines.Skip(1).Should().OnlyContain(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^  - \w+/\w+\.cs:\d+ \S+$"));
        lines.Should().Contain(l => l.StartsWith("  - Orders/OrderService.cs:13 ", StringComparison.Ordinal));
        lines.Should().NotContain(l => l.Contains("more (see", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LegacyTree_TwentyNineKnownViolations_SkipReasonListsTwentyAndPointsToTheMarkdownReport()
    {
        using var tree = new ScannedTree("Legacy");
        await File.WriteAllTextAsync(Path.Combine(tree.Root, "Orders", "Many.cs"), "namespace Shop.Orders;\n\npublic static class Many\n{\n"
            + string.Concat(Enumerable.Range(0, 20).Select(i => $"    public static string Host{i}() => Shop.Legacy.LegacyConfig.SmtpHost;\n")) + "}\n");
        BaselineFile.Write(tree.Baseline, Baseline.FromViolations(SsotScanner.Scan(tree.Root, SsotRegistryLoader.Load(tree.Registry)).Violations));

        (ExpectedFailureSettings? declared, Exception? thrown) = RunDeclaring(tree.Suite(useBaseline: true, ci: true), s => s.SSOT001_NoDeprecatedUsage());

        declared!.DetailsPath.Should().EndWith("import-compliance.md");
        File.ReadAllText(declared.DetailsPath!).Should().Contain("Many.cs");
        string[] lines = ExpectedFailureFormatter.SkipReason(declared, thrown!).Split(Environment.NewLine);
        lines[0].Should().EndWith("29 SSOT001 (DeprecatedUsage) violation(s) are in the baseline, pending remediation:");
        lines.Should().HaveCount(22);
        lines[21].Should().Be($"  … and 9 more (see {declared.DetailsPath})");
    }

    [Fact]
    public async Task LegacyTree_WithBaseline_OneAddedViolationFails()
    {
        using var tree = new ScannedTree("Legacy");
        BaselineFile.Write(tree.Baseline, Baseline.FromViolations(SsotScanner.Scan(tree.Root, SsotRegistryLoader.Load(tree.Registry)).Violations));
        await File.WriteAllTextAsync(Path.Combine(tree.Root, "Orders", "Added.cs"), """
            namespace Shop.Orders;

            public static class Added
            {
                public static string Host() => Shop.Legacy.LegacyConfig.SmtpHost;
            }
            """);

        string message = await FailureOf(tree.Suite(useBaseline: true, ci: true), s => s.SSOT001_NoDeprecatedUsage());

        message.Should().Contain("1 new SSOT001").And.Contain("Orders/Added.cs:5:").And.NotContain("OrderService.cs");
    }

    [Fact]
    public async Task FixedViolation_OnCiWithoutUpdate_FailsUntilTheBaselineShrinks()
    {
        using var tree = new ScannedTree("Legacy");
        BaselineFile.Write(tree.Baseline, Baseline.FromViolations(SsotScanner.Scan(tree.Root, SsotRegistryLoader.Load(tree.Registry)).Violations));
        File.Delete(Path.Combine(tree.Root, "Orders", "Refunds.cs")); // removes the SSOT006 violation
        string before = await File.ReadAllTextAsync(tree.Baseline);

        string message = await FailureOf(tree.Suite(useBaseline: true, ci: true), s => s.SSOT006_NoDuplicateImplementation());

        message.Should().Contain("still lists 1 SSOT006 violation(s) that are fixed (stale entries)")
            .And.Contain("SSOT006 Orders/Refunds.cs [Shop.Orders.Refunds.Refund(string)] T:Shop.Notifications.Notifier (1 in baseline, 0 found)")
            .And.Contain("Run the tests locally without CI to tighten the baseline, then commit it");
        (await File.ReadAllTextAsync(tree.Baseline)).Should().Be(before);
    }

    [Fact]
    public async Task FixedViolation_OnDeveloperMachine_TightensTheBaselineAndPasses()
    {
        using var tree = new ScannedTree("Legacy");
        BaselineFile.Write(tree.Baseline, Baseline.FromViolations(SsotScanner.Scan(tree.Root, SsotRegistryLoader.Load(tree.Registry)).Violations));
        File.Delete(Path.Combine(tree.Root, "Orders", "Refunds.cs"));
        Suite suite = tree.Suite(useBaseline: true, ci: false);

        suite.SSOT006_NoDuplicateImplementation();
        await ((IAsyncLifetime)suite).DisposeAsync();

        BaselineFile.Load(tree.Baseline).Baseline.Entries.Should().NotContain(e => e.Key.Rule == "SSOT006");
        suite.Printed.Should().Contain("baseline tightened");
    }

    [Fact]
    public async Task MissingBaseline_OnCi_IsNeverCreatedAndViolationsFail()
    {
        using var tree = new ScannedTree("Legacy");

        string message = await FailureOf(tree.Suite(useBaseline: true, ci: true), s => s.SSOT001_NoDeprecatedUsage());

        message.Should().Contain("9 new SSOT001");
        File.Exists(tree.Baseline).Should().BeFalse();
    }

    [Fact]
    public async Task CorruptBaseline_FailsEveryRuleNamingTheFile()
    {
        using var tree = new ScannedTree("Remediated");
        await File.WriteAllTextAsync(tree.Baseline, "{ not json");

        string message = await FailureOf(tree.Suite(useBaseline: true, ci: true), s => s.SSOT004_NoMultipleImportPaths());

        message.Should().Contain("ssot.baseline.json");
    }

    [Fact]
    public async Task RegistryEntryThatNamesNoSymbol_FailsNamingTheEntry()
    {
        using var tree = new ScannedTree("Remediated");
        string registry = await File.ReadAllTextAsync(tree.Registry);
        await File.WriteAllTextAsync(tree.Registry, registry.Replace("\"deprecated\": [", "\"deprecated\": [\n    { \"symbol\": \"T:Shop.Legacy.Typo\", \"replacement\": \"nothing\" },", StringComparison.Ordinal));

        string message = await FailureOf(tree.Suite(useBaseline: false), s => s.SSOT001_NoDeprecatedUsage());

        message.Should().Contain("T:Shop.Legacy.Typo");
    }

    [Fact]
    public async Task UnparsableFile_FailsEveryRuleListingTheFile()
    {
        using var tree = new ScannedTree("Remediated");
        await File.WriteAllTextAsync(Path.Combine(tree.Root, "Orders", "Broken.cs"), "namespace Shop.Orders; public class Broken { void M( { Shop.Notifications.Notifier x; }");

        string message = await FailureOf(tree.Suite(useBaseline: false), s => s.SSOT003_NoAliasConfusion());

        message.Should().Contain("could not be read or parsed").And.Contain("Orders/Broken.cs");
    }
}
