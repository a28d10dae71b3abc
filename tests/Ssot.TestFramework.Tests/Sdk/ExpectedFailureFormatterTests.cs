using FluentAssertions;
using Ssot.TestFramework.Sdk;

namespace Ssot.TestFramework.Tests.Sdk;

public sealed class ExpectedFailureFormatterTests
{
    private static readonly ExpectedFailureSettings s_settings = new() { Reason = "legacy duplicate", Issue = "#1066" };

    [Theory]
    [InlineData("first\nsecond", "first")]
    [InlineData("first\r\nsecond", "first")]
    [InlineData("  only line  ", "only line")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void FirstLine_MultiOrSingleLineMessage_KeepsOnlyTheFirstLine(string? message, string expected) =>
        ExpectedFailureFormatter.FirstLine(message).Should().Be(expected);

    [Fact]
    public void FirstLine_MultiLineMessage_DoesNotKeepTheSecondLine() =>
        ExpectedFailureFormatter.FirstLine("a\nb").Should().NotContain("b");

    [Fact]
    public void SkipReason_WithIssue_FormatsReasonIssueTypeAndFirstLine() =>
        ExpectedFailureFormatter.SkipReason(s_settings, new InvalidOperationException("boom\nmore"))
            .Should().Be("[XFAIL] legacy duplicate (#1066) — System.InvalidOperationException: boom");

    [Fact]
    public void SkipReason_WithoutIssue_OmitsTheParentheses() =>
        ExpectedFailureFormatter.SkipReason(s_settings with { Issue = null }, new InvalidOperationException("boom"))
            .Should().Be("[XFAIL] legacy duplicate — System.InvalidOperationException: boom");

    [Fact]
    public void NotRun_Always_StartsWithNotRunTag() =>
        ExpectedFailureFormatter.NotRun(s_settings).Should().Be("[XFAIL NOTRUN] legacy duplicate (#1066)");

    [Fact]
    public void UnexpectedPass_Always_NamesTheMarkerAndIssue() =>
        ExpectedFailureFormatter.UnexpectedPass(s_settings with { Marker = "[ExpectedToFailTheory]" })
            .Should().Be("[XPASS] legacy duplicate: passed unexpectedly: the violation is remediated; remove [ExpectedToFailTheory] — tracked by #1066");

    [Fact]
    public void Expectation_RaisesAndPattern_ListsShortTypeNamesAndPattern() =>
        ExpectedFailureFormatter.Expectation(s_settings with
        {
            Raises = ExpectedFailureSettings.ToTypeNames([typeof(ArgumentException), typeof(FormatException)]),
            MessagePattern = "^dup",
        }).Should().Be("an exception of type System.ArgumentException or System.FormatException whose message matches /^dup/");
}
