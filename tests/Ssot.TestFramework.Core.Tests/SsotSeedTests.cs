using FluentAssertions;

namespace Ssot.TestFramework.Core.Tests;

public sealed class SsotSeedTests
{
    private static readonly SsotTestIdentity s_a = new("Kit.A", "M", "Kit.A.M");
    private static readonly SsotTestIdentity s_b = new("Kit.A", "M", "Kit.A.M(x: 2)");

    [Fact]
    public void Derive_SameIdentity_SameSeed()
    {
        SsotSeed.Derive(s_a).Should().Be(SsotSeed.Derive(s_a with { }));
    }

    [Fact]
    public void Derive_OtherTheoryRow_OtherSeed()
    {
        SsotSeed.Derive(s_a).Should().NotBe(SsotSeed.Derive(s_b));
    }

    [Fact]
    public void Derive_KnownIdentity_MatchesTheFnv1aValueOnEveryMachine()
    {
        // FNV-1a 32 of "Kit.A.M|Kit.A.M", masked to 31 bits; a process-randomised hash would not be stable here.
        uint hash = 2166136261;
        foreach (byte b in System.Text.Encoding.UTF8.GetBytes("Kit.A.M|Kit.A.M"))
        {
            hash = (hash ^ b) * 16777619;
        }

        SsotSeed.Derive(s_a).Should().Be((int)(hash & 0x7FFF_FFFF));
    }

    [Fact]
    public void Resolve_OverrideGiven_UsesTheOverride()
    {
        SsotSeed.Resolve(s_a, " 4242 ").Should().Be(4242);
    }

    [Fact]
    public void Resolve_NoOverride_Derives()
    {
        SsotSeed.Resolve(s_a, null).Should().Be(SsotSeed.Derive(s_a));
    }

    [Fact]
    public void Resolve_OverrideNotANumber_ThrowsNamingTheValue()
    {
        Action resolve = () => SsotSeed.Resolve(s_a, "abc");
        resolve.Should().Throw<Ssot.TestFramework.Common.SsotSettingException>().WithMessage("*SSOT_SEED='abc'*");
    }

    [Fact]
    public void Mix_DifferentStreams_DifferentSeeds()
    {
        SsotSeed.Mix(7, 1).Should().NotBe(SsotSeed.Mix(7, 2));
        SsotSeed.Mix(7, 1).Should().Be(SsotSeed.Mix(7, 1));
    }
}
