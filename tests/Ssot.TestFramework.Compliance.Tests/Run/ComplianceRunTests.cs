using FluentAssertions;
using Microsoft.Extensions.Time.Testing;
using Ssot.TestFramework.Common;
using Ssot.TestFramework.Compliance.Run;
using Ssot.TestFramework.Testing;

namespace Ssot.TestFramework.Compliance.Tests.Run;

/// <summary><see cref="ComplianceRun"/> refuses, for any host, a report or baseline path that would overwrite an input.</summary>
public sealed class ComplianceRunTests
{
    [Theory]
    [InlineData("report-is-registry")]
    [InlineData("report-is-baseline")]
    [InlineData("baseline-is-registry")]
    public void Execute_OutputNamesAnInput_ThrowsBeforeAnythingIsWritten(string how)
    {
        using var tree = new CliTree();
        File.WriteAllText(tree.Baseline, tree.StaleBaselineJson);
        var request = new ComplianceRequest(tree.Registry, tree.Source)
        {
            RepositoryRoot = tree.Root,
            BaselinePath = how == "baseline-is-registry" ? tree.Registry : tree.Baseline,
            Reports = how switch
            {
                "report-is-registry" => [new ReportOutput("json", Path.Combine(tree.Root, ".", "ssot.json"))],
                "report-is-baseline" => [new ReportOutput("md", tree.Baseline)],
                _ => [],
            },
            Environment = _ => null,
        };

        Action run = () => ComplianceRun.Execute(request);

        run.Should().Throw<ArgumentException>().WithMessage("* is the same file as the *; writing it would destroy the *nothing was written.*");
        File.ReadAllText(tree.Registry).Should().Be(CliTree.RegistryJson);
        File.ReadAllText(tree.Baseline).Should().Be(tree.StaleBaselineJson);
    }

    [Fact]
    public void Execute_InAGitRepository_ReportHeaderNamesDateCommitRootsRegistryAndBaseline()
    {
        using var tree = new CliTree();
        File.WriteAllText(tree.Baseline, tree.StaleBaselineJson);
        GitRepository.InitAndCommitAll(tree.Root);
        string report = Path.Combine(tree.Root, "out", "report.md");

        ComplianceRun.Execute(new ComplianceRequest(tree.Registry, tree.Source)
        {
            BaselinePath = tree.Baseline,
            Reports = [new ReportOutput("md", report)],
            Environment = _ => null,
            Clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 8, 5, 59, TimeSpan.Zero)),
        });

        File.ReadAllText(report).Should().StartWith(
            "# SSOT scan report\n\n| Run | |\n| --- | --- |\n| Date | 2026-12-01 08:05 UTC |\n"
            + $"| Commit | `{GitRepository.Head(tree.Root)}` |\n| Repository root | `{tree.Root}` |\n| Scanned | `src` |\n"
            + "| Registry | `ssot.json` |\n| Baseline | `ssot.baseline.json` |\n\nEngine: ");
    }

    [Theory]
    [InlineData("next week")]
    [InlineData("-1")]
    public void Execute_SourceDateEpochNotSeconds_ThrowsBeforeAnythingIsWritten(string value)
    {
        using var tree = new CliTree();
        File.WriteAllText(tree.Baseline, tree.StaleBaselineJson);
        string report = Path.Combine(tree.Root, "report.md");

        Action run = () => ComplianceRun.Execute(new ComplianceRequest(tree.Registry, tree.Source)
        {
            RepositoryRoot = tree.Root,
            BaselinePath = tree.Baseline,
            Reports = [new ReportOutput("md", report)],
            Environment = name => name == "SOURCE_DATE_EPOCH" ? value : null,
        });

        run.Should().Throw<SsotSettingException>().WithMessage($"SOURCE_DATE_EPOCH='{value}'*");
        File.Exists(report).Should().BeFalse();
        File.ReadAllText(tree.Baseline).Should().Be(tree.StaleBaselineJson, "nothing was tightened");
    }

    [Fact]
    public void Execute_DistinctPaths_WritesReportAndTightensBaseline()
    {
        using var tree = new CliTree();
        File.WriteAllText(tree.Baseline, tree.StaleBaselineJson);
        string report = Path.Combine(tree.Root, "report.md");

        ComplianceOutcome outcome = ComplianceRun.Execute(new ComplianceRequest(tree.Registry, tree.Source)
        {
            RepositoryRoot = tree.Root,
            BaselinePath = tree.Baseline,
            Reports = [new ReportOutput("md", report)],
            Environment = _ => null,
        });

        outcome.ReportFailures.Should().BeEmpty();
        outcome.StaleEntries.Should().BeEmpty("off CI the run tightens the baseline itself");
        File.ReadAllText(report).Should().Contain("SSOT001");
        File.ReadAllText(tree.Baseline).Should().NotContain("Gone()");
    }

    [Fact]
    public void Execute_StaleEntryOnCi_IsReportedAndTheBaselineStays()
    {
        using var tree = new CliTree();
        File.WriteAllText(tree.Baseline, tree.StaleBaselineJson);

        ComplianceOutcome outcome = ComplianceRun.Execute(new ComplianceRequest(tree.Registry, tree.Source)
        {
            RepositoryRoot = tree.Root,
            BaselinePath = tree.Baseline,
            Environment = name => name == "CI" ? "true" : null,
        });

        outcome.StaleEntries.Should().ContainSingle().Which.Key.Member.Should().Be("Shop.Use.Gone()");
        File.ReadAllText(tree.Baseline).Should().Be(tree.StaleBaselineJson);
    }
}
