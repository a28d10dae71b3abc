using FluentAssertions;
using Ssot.TestFramework.Common;

namespace Ssot.TestFramework.Tests.Common;

public sealed class SsotSwitchTests
{
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
    public void Parse_AcceptedSpelling_IsItsState(string value, bool expected) =>
        SsotSwitch.Parse("SSOT_RUN_XFAIL", value).Should().Be(expected);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Parse_UnsetOrEmpty_IsNull(string? value) => SsotSwitch.Parse("SSOT_RUN_XFAIL", value).Should().BeNull();

    [Theory]
    [InlineData("2")]
    [InlineData("enabled")]
    [InlineData("tru")]
    public void Parse_UnknownValue_ThrowsNamingTheVariableTheValueAndTheFix(string value)
    {
        Action parse = () => SsotSwitch.Parse("SSOT_UPDATE_BASELINE", value);

        parse.Should().Throw<SsotSettingException>()
            .WithMessage($"SSOT_UPDATE_BASELINE='{value}' is not an on/off value; set it to 1/0, true/false, yes/no or on/off, or unset it.");
    }
}
