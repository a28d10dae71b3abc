using FluentAssertions;
using Ssot.TestFramework.ExpectedFailures;
using Ssot.TestFramework.ExpectedFailures.Sdk;
using Ssot.TestFramework.Sdk;

namespace Ssot.TestFramework.Tests.ExpectedFailures.Sdk;

public sealed class ExpectedFailureRowMatcherTests
{
#pragma warning disable xUnit1008 // The row attribute is read by reflection here, not run.
    [ExpectedToFailRow("row 3", 3, "x", Issue = "#7")]
    private static void Target(long value, string text, int optional = 5) => _ = (value, text, optional);
#pragma warning restore xUnit1008

    [Theory]
    [InlineData(3L, "x", 5, true)]
    [InlineData(3L, "y", 5, false)]
    [InlineData(4L, "x", 5, false)]
    public void Find_RowArguments_MatchesOnlyEqualRows(long value, string text, int optional, bool matched) =>
        (ExpectedFailureRowMatcher.Find(typeof(ExpectedFailureRowMatcherTests).GetMethod(nameof(Target), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!, [value, text, optional]) is not null)
            .Should().Be(matched);

    [Fact]
    public void Find_MatchingRow_CarriesTheRowSettings() =>
        ExpectedFailureRowMatcher.Find(typeof(ExpectedFailureRowMatcherTests).GetMethod(nameof(Target), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!, [3L, "x", 5])!
            .Should().Match<ExpectedFailureSettings>(s => s.Reason == "row 3" && s.Issue == "#7" && s.Marker == "[ExpectedToFailRow]");

    [Fact]
    public void ArgumentEquals_ArraysByContent_Match() =>
        ExpectedFailureRowMatcher.ArgumentEquals(new[] { 1, 2 }, new[] { 1, 2 }).Should().BeTrue();

    [Fact]
    public void ArgumentEquals_DifferentArrays_DoNotMatch() =>
        ExpectedFailureRowMatcher.ArgumentEquals(new[] { 1, 2 }, new[] { 2, 1 }).Should().BeFalse();

    [Fact]
    public void ArgumentEquals_StringVersusNumber_DoNotMatch() =>
        ExpectedFailureRowMatcher.ArgumentEquals("1", 1).Should().BeFalse();
}
