using FluentAssertions;
using Ssot.TestFramework.Sdk;

namespace Ssot.TestFramework.Tests.Sdk;

public sealed class ExpectedFailureEnvironmentTests
{
    [Theory]
    [InlineData("1", true)]
    [InlineData("true", true)]
    [InlineData("0", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsOn_SwitchValues_OnlyOneOrTrueTurnOn(string? value, bool on) => ExpectedFailureEnvironment.IsOn(value).Should().Be(on);

    [Theory]
    [InlineData("0", true)]
    [InlineData("FALSE", true)]
    [InlineData("1", false)]
    [InlineData(null, false)]
    public void IsOff_SwitchValues_OnlyZeroOrFalseTurnOff(string? value, bool off) => ExpectedFailureEnvironment.IsOff(value).Should().Be(off);
}
