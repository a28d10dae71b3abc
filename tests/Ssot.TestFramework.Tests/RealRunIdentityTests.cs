using FluentAssertions;
using Ssot.TestFramework.Testing;

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
    public void Constructor_OutputHelperNotFromXunit_IdentifiesTheClassAndDoesNotThrow()
    {
        // Constructed inside this test's body: the running test is RealRunIdentityTests', not the new class's, so the
        // class must not borrow it; with a helper that is not xUnit's, only the class is known.
        var unknown = new UnknownTest(new RecordingOutput());

        unknown.Known.Should().Be(new SsotTestIdentity(typeof(UnknownTest).FullName!, "(test method unknown)", typeof(UnknownTest).FullName!));
        unknown.KnownSeed.Should().Be(SsotSeed.Resolve(unknown.Known, Environment.GetEnvironmentVariable(SsotSeed.EnvironmentVariable)));
    }

    [SsotFact]
    public void Identity_InAnSsotFactWithAWrappingHelper_NamesThisClassAndMethod()
    {
        var wrapped = new WrappedHelperTest(new WrappingOutput(new RecordingOutput()));

        // Created inside this test's flow, but of another class: it cannot borrow this test's identity.
        wrapped.Known.MethodName.Should().Be("(test method unknown)");
        Identity.MethodName.Should().Be(nameof(Identity_InAnSsotFactWithAWrappingHelper_NamesThisClassAndMethod));
        Identity.DisplayName.Should().Be($"{typeof(RealRunIdentityTests).FullName}.{nameof(Identity_InAnSsotFactWithAWrappingHelper_NamesThisClassAndMethod)}");
    }

    private sealed class UnknownTest(ITestOutputHelper output) : SsotBaseTestCase(output)
    {
        public SsotTestIdentity Known => Identity;

        public int KnownSeed => Seed;
    }

    private sealed class WrappedHelperTest(ITestOutputHelper output) : SsotBaseTestCase(output)
    {
        public SsotTestIdentity Known => Identity;
    }
}
