using FluentAssertions;

namespace Ssot.TestFramework.Tests;

/// <summary>Runs under xUnit itself: the identity must come from the injected output helper, without stack walking.</summary>
public sealed class RealRunIdentityTests : SsotBaseTestCase
{
    public RealRunIdentityTests(ITestOutputHelper output)
        : base(output)
    {
    }

    [Fact]
    public void Identity_InARealFact_NamesThisClassAndMethod()
    {
        Identity.ClassName.Should().Be(typeof(RealRunIdentityTests).FullName);
        Identity.MethodName.Should().Be(nameof(Identity_InARealFact_NamesThisClassAndMethod));
        Seed.Should().Be(SsotSeed.Resolve(Identity, Environment.GetEnvironmentVariable(SsotSeed.EnvironmentVariable)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Identity_InATheoryRow_CarriesTheRowInTheDisplayName(int row)
    {
        Identity.DisplayName.Should().Contain($"row: {row}");
    }

    [Fact]
    public void Constructor_OutputHelperNotFromXunit_ThrowsNamingTheWayOut()
    {
        Action create = () => _ = new Support.TestableTestCase(new Support.RecordingOutput());
        create.Should().NotThrow();

        Action bad = () => _ = new BadlyConstructed(new Support.RecordingOutput());
        bad.Should().Throw<ArgumentException>().WithMessage("*RecordingOutput*SsotTestIdentity*");
    }

    private sealed class BadlyConstructed(ITestOutputHelper output) : SsotBaseTestCase(output);
}
