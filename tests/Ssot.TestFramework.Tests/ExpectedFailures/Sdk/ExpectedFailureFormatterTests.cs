using FluentAssertions;
using Ssot.TestFramework.ExpectedFailures;
using Ssot.TestFramework.ExpectedFailures.Sdk;
using Ssot.TestFramework.Sdk;

namespace Ssot.TestFramework.Tests.ExpectedFailures.Sdk;

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
        ExpectedFailureFormatter.SkipReason(s_settings, new InvalidOperationException("boom"))
            .Should().Be("[XFAIL] legacy duplicate (#1066) — System.InvalidOperationException: boom");

    private static string Listing(int count) =>
        "pending remediation:\n" + string.Join("\n", Enumerable.Range(1, count).Select(i => $"  - src/F{i}.cs:{i} Legacy.Clock"));

    [Fact]
    public void SkipReason_MultiLineMessage_ListsEveryFurtherLine() =>
        ExpectedFailureFormatter.SkipReason(s_settings, new InvalidOperationException("pending remediation:\r\n  - a.cs:1 A\n\n  - b.cs:2 B\n"))
            .Should().Be($"[XFAIL] legacy duplicate (#1066) — System.InvalidOperationException: pending remediation:{Environment.NewLine}  - a.cs:1 A{Environment.NewLine}  - b.cs:2 B");

    [Fact]
    public void SkipReason_TwentyListedLines_ListsAllAndSaysNoMore()
    {
        string reason = ExpectedFailureFormatter.SkipReason(s_settings with { DetailsPath = "/r/import-compliance.md" }, new InvalidOperationException(Listing(20)));

        reason.Split(Environment.NewLine).Should().HaveCount(21).And.EndWith("  - src/F20.cs:20 Legacy.Clock");
        reason.Should().NotContain("more (see");
    }

    [Fact]
    public void SkipReason_TwentyFiveLinesWithDetailsPath_ListsTwentyAndPointsToTheReport()
    {
        string[] lines = ExpectedFailureFormatter.SkipReason(s_settings with { DetailsPath = "/r/import-compliance.md" }, new InvalidOperationException(Listing(25))).Split(Environment.NewLine);

        lines.Should().HaveCount(22);
        lines[20].Should().Be("  - src/F20.cs:20 Legacy.Clock");
        lines[21].Should().Be("  … and 5 more (see /r/import-compliance.md)");
    }

    [Fact]
    public void SkipReason_CutWithoutDetailsPath_PointsToTheBacklog() =>
        ExpectedFailureFormatter.SkipReason(s_settings, new InvalidOperationException(Listing(21)))
            .Should().EndWith("  … and 1 more (see exceptionMessage in expected-failures.json)");

    [Theory]
    [InlineData(20, false)]
    [InlineData(21, true)]
    public void IsCut_ListingLength_CutOnlyPastTwenty(int lines, bool cut) =>
        ExpectedFailureFormatter.IsCut(Listing(lines)).Should().Be(cut);

    [Fact]
    public void KitLines_OutputWithSeedAndOtherLines_KeepsOnlyTheKitLines() =>
        ExpectedFailureFormatter.KitLines("[ssot] seed 7 for T (replay with SSOT_SEED=7)\nmy own line\n[ssot-metric] x = 1 ms\n[ssot] report: /r/import-compliance.md\n")
            .Should().Be($"{Environment.NewLine}[ssot] seed 7 for T (replay with SSOT_SEED=7){Environment.NewLine}[ssot] report: /r/import-compliance.md");

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("no kit line\n")]
    [InlineData("[ssot] run report not written (test verdicts are unchanged): cannot write '/r/x': denied; point SSOT_RESULTS_DIR at a writable folder.\n")]
    public void KitLines_NoKitLine_IsEmpty(string? output) =>
        ExpectedFailureFormatter.KitLines(output).Should().BeEmpty();

    [Fact]
    public void UnexpectedPass_RowOfExpectedToFailTheory_NamesTheRowAndAdvisesMarkingRows() =>
        ExpectedFailureFormatter.UnexpectedPass(s_settings with { Marker = ExpectedFailureSettings.TheoryMarker }, "value: 2")
            .Should().Be("[XPASS] legacy duplicate: row (value: 2) passed unexpectedly: this row is remediated. Do not remove [ExpectedToFailTheory] while other rows still fail: "
                + "replace it with [SsotTheory] and mark each row that still fails with [ExpectedToFailRow(\"legacy duplicate\", <its arguments>, Issue = \"#1066\")] — tracked by #1066");

    [Fact]
    public void UnexpectedPass_RowOfADeclaration_StillAdvisesRemovingTheDeclaration() =>
        ExpectedFailureFormatter.UnexpectedPass(s_settings with { Marker = "the ExpectedFailure.Declare call" }, "value: 2")
            .Should().Contain("remove the ExpectedFailure.Declare call").And.NotContain("ExpectedToFailRow");

    [Theory]
    [InlineData("T.M(value: 2, name: \"x\")", "value: 2, name: \"x\"")]
    [InlineData("custom name", "2, \"x\\\"y\", null, true, 'c', 1.5")]
    public void RowName_DisplayNameOrArguments_NamesTheRow(string displayName, string expected) =>
        ExpectedFailureFormatter.RowName(displayName, [2, "x\"y", null, true, 'c', 1.5]).Should().Be(expected);

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
