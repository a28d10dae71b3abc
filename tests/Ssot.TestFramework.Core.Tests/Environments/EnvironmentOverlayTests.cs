using FluentAssertions;
using Ssot.TestFramework.Environments;

namespace Ssot.TestFramework.Core.Tests.Environments;

public sealed class EnvironmentOverlayTests
{
    [Fact]
    public void Get_NotSetInOverlay_ReadsTheProcessEnvironment()
    {
        var overlay = new EnvironmentOverlay();
        overlay.Get("PATH").Should().Be(Environment.GetEnvironmentVariable("PATH"));
        overlay.Overrides("PATH").Should().BeFalse();
    }

    [Fact]
    public void Unset_VariableTheProcessHas_ReadsAsUnsetUntilReset()
    {
        var overlay = new EnvironmentOverlay();
        Environment.GetEnvironmentVariable("PATH").Should().NotBeNull();

        overlay.Unset("PATH");
        overlay.Get("PATH").Should().BeNull();

        overlay.Reset("PATH");
        overlay.Get("PATH").Should().Be(Environment.GetEnvironmentVariable("PATH"));
    }

    [Fact]
    public void Set_NameWithEquals_ThrowsNamingTheName()
    {
        Action set = () => new EnvironmentOverlay().Set("A=B", "x");
        set.Should().Throw<ArgumentException>().WithMessage("*'A=B'*");
    }
}
