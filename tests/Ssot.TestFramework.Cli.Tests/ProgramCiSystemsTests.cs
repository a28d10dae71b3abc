using FluentAssertions;
using Ssot.TestFramework.Cli;
using Ssot.TestFramework.Common;
using Ssot.TestFramework.Testing;

namespace Ssot.TestFramework.Cli.Tests;

/// <summary>
/// On every CI system the kit knows, a missing baseline is never created silently: the scan fails with every violation
/// new. Off CI the same scan creates it.
/// </summary>
public sealed class ProgramCiSystemsTests
{
    public static TheoryData<string, string> SystemVariables => CiSystems.Variables;

    [Theory]
    [MemberData(nameof(SystemVariables))]
    public void Run_MissingBaselineOnCiSystem_FailsAndCreatesNothing(string variable, string value)
    {
        using var tree = new CliTree();

        (int code, _, string stderr) = CliTree.Run(tree.Args("--baseline", tree.Baseline), (variable, value));

        code.Should().Be(Program.ViolationsFound, stderr);
        stderr.Should().Contain("On CI it is never created silently");
        File.Exists(tree.Baseline).Should().BeFalse();
    }

    [Fact]
    public void Run_MissingBaselineOffCi_CreatesIt()
    {
        using var tree = new CliTree();

        (int code, _, string stderr) = CliTree.Run(tree.Args("--baseline", tree.Baseline));

        code.Should().Be(Program.Compliant, stderr);
        File.ReadAllText(tree.Baseline).Should().Contain("T:Shop.Legacy.Old");
    }

    [Fact]
    public void Run_SsotCiZeroOnACiSystem_CreatesTheBaseline()
    {
        using var tree = new CliTree();

        (int code, _, string stderr) = CliTree.Run(tree.Args("--baseline", tree.Baseline), ("TF_BUILD", "True"), (CiDetector.OverrideVariable, "0"));

        code.Should().Be(Program.Compliant, stderr);
        File.Exists(tree.Baseline).Should().BeTrue();
    }

    [Theory]
    [InlineData("SSOT_CI")]
    [InlineData("SSOT_UPDATE_BASELINE")]
    public void Run_SwitchWithUnknownValue_ExitsTwoNamingIt(string variable)
    {
        using var tree = new CliTree();

        (int code, _, string stderr) = CliTree.Run(tree.Args("--baseline", tree.Baseline), (variable, "maybe"));

        code.Should().Be(Program.Error);
        CliTree.Lines(stderr).Should().ContainSingle().Which.Should()
            .Be($"ssot: {variable}='maybe' is not an on/off value; set it to 1/0, true/false, yes/no or on/off, or unset it.");
        File.Exists(tree.Baseline).Should().BeFalse();
    }
}
