using FluentAssertions;
using Ssot.TestFramework.Cli;
using Ssot.TestFramework.Testing;

namespace Ssot.TestFramework.Cli.Tests;

/// <summary>
/// A stale baseline entry (its violation is fixed) fails <c>ssot scan</c> on CI until the baseline shrinks; off CI the
/// scan tightens the file itself. So a fixed violation can never silently come back.
/// </summary>
public sealed class ProgramBaselineOnCiTests
{
    [Fact]
    public void Run_StaleEntryOnCi_ExitsOneListingItAndTheFixAndLeavesTheBaseline()
    {
        using var tree = new CliTree();
        File.WriteAllText(tree.Baseline, tree.StaleBaselineJson);

        (int code, _, string stderr) = CliTree.Run(tree.Args("--baseline", tree.Baseline), ("CI", "true"));

        code.Should().Be(Program.ViolationsFound, stderr);
        stderr.Should().Contain($"the baseline {tree.Baseline} still lists 1 fixed violation(s) in 1 stale entry")
            .And.Contain("stale: SSOT001 src/Use.cs [Shop.Use.Gone()] T:Shop.Legacy.Old (1 in baseline, 0 found)")
            .And.Contain("run ssot locally without CI to tighten the baseline, then commit it")
            .And.Contain("0 new, 1 baselined");
        File.ReadAllText(tree.Baseline).Should().Be(tree.StaleBaselineJson);
    }

    [Fact]
    public void Run_StaleEntryOffCi_TightensTheBaselineAndPasses()
    {
        using var tree = new CliTree();
        File.WriteAllText(tree.Baseline, tree.StaleBaselineJson);

        (int code, _, string stderr) = CliTree.Run(tree.Args("--baseline", tree.Baseline));
        (int again, _, string againStderr) = CliTree.Run(tree.Args("--baseline", tree.Baseline), ("CI", "true"));

        code.Should().Be(Program.Compliant, stderr);
        stderr.Should().Contain("baseline tightened").And.NotContain("stale");
        File.ReadAllText(tree.Baseline).Should().NotContain("Shop.Use.Gone()").And.Contain("Shop.Use.Y()");
        again.Should().Be(Program.Compliant, "the committed, tightened baseline passes on CI: {0}", againStderr);
        againStderr.Should().NotContain("stale");
    }

    [Fact]
    public void Run_FixedViolationComesBackAfterTheBaselineShrank_IsNew()
    {
        using var tree = new CliTree();
        File.WriteAllText(tree.Baseline, tree.StaleBaselineJson);
        _ = CliTree.Run(tree.Args("--baseline", tree.Baseline));
        File.WriteAllText(Path.Combine(tree.Source, "Use.cs"), "namespace Shop;\npublic static class Use\n{\n    public static int Y() => Shop.Legacy.Old.X;\n    public static int Gone() => Shop.Legacy.Old.X;\n}\n");

        (int code, _, string stderr) = CliTree.Run(tree.Args("--baseline", tree.Baseline), ("CI", "true"));

        code.Should().Be(Program.ViolationsFound, stderr);
        stderr.Should().Contain("1 new, 1 baselined").And.Contain("SSOT001 DeprecatedUsage: 1 new, e.g. src/Use.cs:5");
    }
}
