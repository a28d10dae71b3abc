using System.Text.RegularExpressions;
using FluentAssertions;
using Ssot.TestFramework.Common;
using Ssot.TestFramework.Testing;

namespace Ssot.TestFramework.Common.Tests;

/// <summary>
/// Issue 13: one reader of every SSOT_* variable, one parser per kind of value, and an unknown value is an error naming
/// the variable wherever it is read (SSOT_UPDATE_BASELINE=true used to be ignored).
/// </summary>
public sealed partial class SsotSettingsTests
{
    public static TheoryData<string> Switches => new()
    {
        SsotSettings.RunExpectedFailuresVariable,
        SsotSettings.StrictExpectedFailuresVariable,
        SsotSettings.UpdateBaselineVariable,
        SsotSettings.CiVariable,
    };

    private static SsotSettings Settings(params (string Name, string? Value)[] values) =>
        new(name => values.FirstOrDefault(v => v.Name == name).Value);

    private static bool? SwitchOf(string variable, string? value)
    {
        SsotSettings settings = Settings((variable, value));
        return variable switch
        {
            SsotSettings.RunExpectedFailuresVariable => settings.RunExpectedFailures,
            SsotSettings.StrictExpectedFailuresVariable => settings.StrictExpectedFailures,
            SsotSettings.UpdateBaselineVariable => settings.UpdateBaseline,
            _ => settings.CiOverride,
        };
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("true", true)]
    [InlineData(" TRUE ", true)]
    [InlineData("yes", true)]
    [InlineData("On", true)]
    [InlineData("0", false)]
    [InlineData("false", false)]
    [InlineData("FALSE", false)]
    [InlineData("no", false)]
    [InlineData("off", false)]
    public void ParseSwitch_AcceptedSpelling_IsItsState(string value, bool expected) =>
        SsotSettings.ParseSwitch("SSOT_RUN_XFAIL", value).Should().Be(expected);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void ParseSwitch_UnsetOrEmpty_IsNull(string? value) => SsotSettings.ParseSwitch("SSOT_RUN_XFAIL", value).Should().BeNull();

    [Theory]
    [InlineData("2")]
    [InlineData("enabled")]
    [InlineData("tru")]
    public void ParseSwitch_UnknownValue_ThrowsNamingTheVariableTheValueAndTheFix(string value)
    {
        Action parse = () => SsotSettings.ParseSwitch("SSOT_UPDATE_BASELINE", value);

        parse.Should().Throw<SsotSettingException>()
            .WithMessage($"SSOT_UPDATE_BASELINE='{value}' is not an on/off value; set it to 1/0, true/false, yes/no or on/off, or unset it.");
    }

    [Theory]
    [MemberData(nameof(Switches))]
    public void Switch_EveryOnSpelling_IsOnForEverySwitch(string variable)
    {
        foreach (string on in new[] { "1", "true", "True", "yes", "on" })
        {
            SwitchOf(variable, on).Should().BeTrue($"{variable}={on}");
        }

        foreach (string off in new[] { "0", "false", "no", "OFF" })
        {
            SwitchOf(variable, off).Should().BeFalse($"{variable}={off}");
        }
    }

    [Fact]
    public void Switch_Unset_IsEachSwitchsDefault()
    {
        SsotSettings settings = Settings();

        settings.RunExpectedFailures.Should().BeFalse();
        settings.StrictExpectedFailures.Should().BeTrue();
        settings.UpdateBaseline.Should().BeFalse();
        settings.CiOverride.Should().BeNull();
    }

    [Theory]
    [MemberData(nameof(Switches))]
    public void Switch_UnknownValue_ThrowsNamingThatVariable(string variable)
    {
        Action read = () => SwitchOf(variable, "enabled");

        read.Should().Throw<SsotSettingException>().WithMessage($"{variable}='enabled' is not an on/off value*");
    }

    [Theory]
    [InlineData("4242", 4242)]
    [InlineData(" 12 ", 12)]
    [InlineData("-7", -7)]
    public void Seed_WholeNumber_IsTheOverride(string value, int expected) =>
        Settings((SsotSettings.SeedVariable, value)).Seed.Should().Be(expected);

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void Seed_UnsetOrBlank_IsNull(string? value) => Settings((SsotSettings.SeedVariable, value)).Seed.Should().BeNull();

    [Theory]
    [InlineData("abc")]
    [InlineData("1.5")]
    [InlineData("99999999999")]
    public void Seed_NotAWholeNumber_ThrowsNamingTheVariableTheValueAndTheFix(string value)
    {
        Func<int?> read = () => Settings((SsotSettings.SeedVariable, value)).Seed;

        read.Should().Throw<SsotSettingException>()
            .WithMessage($"SSOT_SEED='{value}' is not a whole number. Unset it, or set it to the seed printed by the failing test (e.g. SSOT_SEED=12345).");
    }

    [Theory]
    [InlineData(null, 1.0)]
    [InlineData("", 1.0)]
    [InlineData("3", 3.0)]
    [InlineData(" 1.5 ", 1.5)]
    public void TimeFactor_PositiveOrUnset_IsTheFactor(string? value, double expected) =>
        Settings((SsotSettings.TimeFactorVariable, value)).TimeFactor.Should().Be(expected);

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("fast")]
    [InlineData("Infinity")]
    public void TimeFactor_NotAPositiveNumber_ThrowsNamingTheVariableAndTheValue(string value)
    {
        Func<double> read = () => Settings((SsotSettings.TimeFactorVariable, value)).TimeFactor;

        read.Should().Throw<SsotSettingException>().WithMessage($"SSOT_TIMEFACTOR must be a positive number such as 1, 2 or 1.5 (invariant culture), but it is '{value}'. Unset it or fix its value.");
    }

    [Fact]
    public void ResultsDirectory_RelativePath_IsAbsoluteAndBlankIsUnset()
    {
        Settings((SsotSettings.ResultsDirectoryVariable, "out/ssot")).ResultsDirectory.Should().Be(Path.GetFullPath("out/ssot"));
        Settings((SsotSettings.VSTestResultsDirectoryVariable, "/runs/1")).VSTestResultsDirectory.Should().Be(Path.GetFullPath("/runs/1"));
        Settings((SsotSettings.ResultsDirectoryVariable, "  ")).ResultsDirectory.Should().BeNull();
        Settings((SsotSettings.ResultsDirectoryVariable, "  ")).ResultsDirectoryText.Should().BeNull();
    }

    [Fact]
    public void ResultsDirectory_NotAPath_ThrowsNamingTheVariableAndTheValue()
    {
        Func<string?> read = () => Settings((SsotSettings.ResultsDirectoryVariable, "a\0b")).ResultsDirectory;

        read.Should().Throw<SsotSettingException>().WithMessage("SSOT_RESULTS_DIR='a\0b' is not a path (*); set it to a folder path, or unset it.");
    }

    [Theory]
    [InlineData("true")]
    [InlineData("1")]
    [InlineData("yes")]
    public void RatchetPolicy_UpdateBaselineOnInAnySpelling_AcceptsOnCi(string value)
    {
        Func<string, string?> environment = name => name switch
        {
            SsotSettings.UpdateBaselineVariable => value,
            SsotSettings.CiVariable => "1",
            _ => null,
        };

        RatchetPolicy.Decide(baselineExists: true, environment).Should().Be(RatchetAction.Accept);
        RatchetPolicy.Decide(baselineExists: false, environment).Should().Be(RatchetAction.Create);
    }

    [Fact]
    public void RatchetPolicy_UpdateBaselineOffOnCi_LeavesTheBaseline() =>
        RatchetPolicy.Decide(baselineExists: true, name => name == SsotSettings.UpdateBaselineVariable ? "false" : name == SsotSettings.CiVariable ? "true" : null)
            .Should().Be(RatchetAction.None);

    [Theory]
    [InlineData("true")]
    [InlineData("yes")]
    public void CiDetector_OverrideOnInAnySpelling_IsCiNamingTheValue(string value)
    {
        CiDetector.Explain(name => name == SsotSettings.CiVariable ? value : null).Should().Be($"SSOT_CI={value}");
        CiDetector.IsCi(name => name == SsotSettings.CiVariable ? "no" : name == "CI" ? "true" : null).Should().BeFalse();
    }

    [Fact]
    public void Variables_EverySsotVariableInTheSources_IsReadHereAndDocumented()
    {
        string root = KitPaths.RepositoryRoot();
        var inSources = Directory.EnumerateFiles(Path.Combine(root, "src"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".targets", StringComparison.Ordinal))
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .SelectMany(f => VariableName().Matches(File.ReadAllText(f)).Select(m => m.Value))
            .ToHashSet(StringComparer.Ordinal);
        string documented = File.ReadAllText(Path.Combine(root, "docs", "configuration.md"));

        inSources.Should().BeSubsetOf(SsotSettings.Variables, "every SSOT_* variable of src/ is read through SsotSettings");
        SsotSettings.Variables.Should().OnlyContain(v => documented.Contains($"| `{v}` |", StringComparison.Ordinal), "docs/configuration.md has a row per variable");
    }

    [GeneratedRegex("SSOT_[A-Z][A-Z_]*[A-Z]")]
    private static partial Regex VariableName();
}
