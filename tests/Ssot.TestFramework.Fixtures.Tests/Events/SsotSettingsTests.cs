using FluentAssertions;
using Ssot.TestFramework.Common;
using Ssot.TestFramework.Fixtures.Events;

namespace Ssot.TestFramework.Fixtures.Tests.Events;

/// <summary>
/// The readers of SSOT_* values outside Common share its parser: the seed (Core) and the time factor (here). The
/// settings themselves are tested in Ssot.TestFramework.Common.Tests (SsotSettingsTests).
/// </summary>
public sealed class SsotSettingsTests
{
    [Fact]
    public void Seed_ReadersOfTheKit_ShareTheParser()
    {
        Action resolve = () => SsotSeed.Resolve(new SsotTestIdentity("A", "M", "A.M"), "x");
        Action factor = () => TimeFactor.Parse("x");

        resolve.Should().Throw<SsotSettingException>().WithMessage("SSOT_SEED='x'*");
        factor.Should().Throw<SsotSettingException>().WithMessage("SSOT_TIMEFACTOR*'x'*");
    }
}
