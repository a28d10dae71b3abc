using FluentAssertions;
using Ssot.TestFramework.Common;
using Ssot.TestFramework.Testing;

namespace Ssot.TestFramework.Common.Tests;

public sealed class CiDetectorTests
{
    public static TheoryData<string, string> SystemVariables => CiSystems.Variables;

    [Theory]
    [MemberData(nameof(SystemVariables))]
    public void Explain_CiSystemVariableWithoutCi_IsCiNamingTheSystem(string variable, string value)
    {
        string? why = CiDetector.Explain(Env((variable, value)));

        why.Should().StartWith($"{variable}={value} (");
        CiDetector.IsCi(Env((variable, value))).Should().BeTrue();
    }

    [Fact]
    public void Systems_EveryListedVariable_IsCoveredByTheTheory() =>
        CiDetector.Systems.Select(s => s.Variable).Should().BeEquivalentTo(SystemVariables.Select(row => (string)row[0]));

    [Theory]
    [InlineData("true")]
    [InlineData("TRUE")]
    [InlineData("1")]
    [InlineData("yes")]
    [InlineData("woodpecker")]
    public void IsCi_CiVariableWithAnyValueButOff_IsCi(string value) =>
        CiDetector.IsCi(Env(("CI", value))).Should().BeTrue();

    [Theory]
    [InlineData("false")]
    [InlineData("0")]
    [InlineData("")]
    [InlineData(" ")]
    public void IsCi_CiVariableOffOrEmpty_IsNotCi(string value) =>
        CiDetector.IsCi(Env(("CI", value))).Should().BeFalse();

    [Fact]
    public void IsCi_NothingSet_IsNotCi() => CiDetector.IsCi(Env()).Should().BeFalse();

    [Fact]
    public void IsCi_SystemVariableSetToFalse_IsNotCi() => CiDetector.IsCi(Env(("TRAVIS", "false"))).Should().BeFalse();

    [Fact]
    public void Explain_SsotCiZero_OverridesEveryCiVariable() =>
        CiDetector.Explain(Env(("SSOT_CI", "0"), ("CI", "true"), ("TF_BUILD", "True"))).Should().BeNull();

    [Fact]
    public void Explain_SsotCiOne_MakesAnyMachineCi() =>
        CiDetector.Explain(Env(("SSOT_CI", "1"))).Should().Be("SSOT_CI=1");

    [Fact]
    public void IsCi_SsotCiNotASwitchValue_ThrowsNamingTheVariableAndTheValues()
    {
        Action detect = () => CiDetector.IsCi(Env(("SSOT_CI", "sometimes"), ("CI", "true")));

        detect.Should().Throw<SsotSettingException>()
            .WithMessage("SSOT_CI='sometimes' is not an on/off value; set it to 1/0, true/false, yes/no or on/off, or unset it.");
    }

    private static Func<string, string?> Env(params (string Name, string Value)[] variables) =>
        name => variables.Where(v => v.Name == name).Select(v => v.Value).FirstOrDefault();
}
