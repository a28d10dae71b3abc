using FluentAssertions;
using Ssot.TestFramework.ExpectedFailures;

namespace Ssot.TestFramework.Tests;

/// <summary>
/// A class that hands the kit a wrapping output helper, as a team's logging adapter does. Run by xUnit with the kit's
/// test framework (this project registers it like the package does), so every kind of test knows its full identity
/// without reading xUnit's private field. tests/IdentityWrapper.Sample proves the same without the test framework.
/// </summary>
public sealed class WrappedOutputIdentityTests(ITestOutputHelper output) : SsotBaseTestCase(new WrappingOutput(output))
{
    [Fact]
    public void Identity_PlainFactUnderTheKitsFramework_IsFull() =>
        Identity.Should().Be(new SsotTestIdentity(typeof(WrappedOutputIdentityTests).FullName!, nameof(Identity_PlainFactUnderTheKitsFramework_IsFull), $"{typeof(WrappedOutputIdentityTests).FullName}.{nameof(Identity_PlainFactUnderTheKitsFramework_IsFull)}"));

    [SsotFact]
    public void Identity_SsotFact_IsFull() =>
        Identity.MethodName.Should().Be(nameof(Identity_SsotFact_IsFull));

    [SsotTheory]
    [InlineData(7)]
    public void Identity_SsotTheoryRow_CarriesTheRow(int row) =>
        Identity.DisplayName.Should().Be($"{typeof(WrappedOutputIdentityTests).FullName}.{nameof(Identity_SsotTheoryRow_CarriesTheRow)}(row: {row})");

    [ExpectedToFailFact("proves the identity inside an expected failure", Issue = "#13", Raises = [typeof(InvalidOperationException)])]
    public void Identity_ExpectedToFailFact_IsFull()
    {
        Identity.MethodName.Should().Be(nameof(Identity_ExpectedToFailFact_IsFull));
        throw new InvalidOperationException("expected: the identity was full");
    }
}
