using FluentAssertions;
using Ssot.TestFramework.ExpectedFailures.Sdk;
using Ssot.TestFramework.Sdk;

namespace Ssot.TestFramework.Tests.ExpectedFailures.Sdk;

public sealed class ExpectedFailureEvaluatorTests
{
    private static readonly DateOnly s_today = new(2026, 6, 1);
    private static readonly ExpectedFailureSettings s_settings = new() { Reason = "legacy", Issue = "#1" };

    private static ExpectedFailureVerdictKind Kind(ExpectedFailureSettings settings, Exception? body, bool strictByDefault = true) =>
        ExpectedFailureEvaluator.Evaluate(settings, body, s_today, strictByDefault).Kind;

    [Theory]
    [InlineData("2026-12-31", true)]
    [InlineData(" 2026-12-31 ", true)]
    [InlineData("31/12/2026", false)]
    [InlineData("2026-13-01", false)]
    [InlineData("tomorrow", false)]
    [InlineData("", false)]
    public void TryParseDeadline_IsoAndOtherStrings_AcceptsOnlyIsoDates(string value, bool valid) =>
        ExpectedFailureEvaluator.TryParseDeadline(value, out _).Should().Be(valid);

    [Fact]
    public void Evaluate_BodyFails_IsExpectedFailure() =>
        Kind(s_settings, new InvalidOperationException("x")).Should().Be(ExpectedFailureVerdictKind.ExpectedFailure);

    [Fact]
    public void Evaluate_BodyPassesStrict_IsUnexpectedPass() =>
        Kind(s_settings, null).Should().Be(ExpectedFailureVerdictKind.UnexpectedPass);

    [Fact]
    public void Evaluate_BodyPassesWithRunWideNonStrictDefault_IsNonStrictPass() =>
        Kind(s_settings, null, strictByDefault: false).Should().Be(ExpectedFailureVerdictKind.NonStrictPass);

    [Fact]
    public void Evaluate_ExplicitStrictWinsOverNonStrictDefault_IsUnexpectedPass() =>
        Kind(s_settings with { Strict = true }, null, strictByDefault: false).Should().Be(ExpectedFailureVerdictKind.UnexpectedPass);

    [Fact]
    public void Evaluate_ExplicitNonStrict_IsNonStrictPass() =>
        Kind(s_settings with { Strict = false }, null).Should().Be(ExpectedFailureVerdictKind.NonStrictPass);

    [Theory]
    [InlineData(typeof(ArgumentNullException), nameof(ExpectedFailureVerdictKind.ExpectedFailure))]
    [InlineData(typeof(ArgumentException), nameof(ExpectedFailureVerdictKind.ExpectedFailure))]
    [InlineData(typeof(InvalidOperationException), nameof(ExpectedFailureVerdictKind.Mismatch))]
    [InlineData(typeof(Exception), nameof(ExpectedFailureVerdictKind.Mismatch))]
    public void Evaluate_Raises_MatchesTypeAndSubclassesOnly(Type thrown, string expected) =>
        Kind(s_settings with { Raises = ExpectedFailureSettings.ToTypeNames([typeof(ArgumentException)]) }, (Exception)Activator.CreateInstance(thrown)!)
            .ToString().Should().Be(expected);

    [Theory]
    [InlineData("duplicate #42", nameof(ExpectedFailureVerdictKind.ExpectedFailure))]
    [InlineData("unrelated", nameof(ExpectedFailureVerdictKind.Mismatch))]
    public void Evaluate_MessagePattern_MatchesByRegex(string message, string expected) =>
        Kind(s_settings with { MessagePattern = @"^duplicate #\d+$" }, new InvalidOperationException(message)).ToString().Should().Be(expected);

    [Theory]
    [InlineData("2026-05-31", nameof(ExpectedFailureVerdictKind.Overdue))]
    [InlineData("2026-06-01", nameof(ExpectedFailureVerdictKind.ExpectedFailure))]
    [InlineData("2099-12-31", nameof(ExpectedFailureVerdictKind.ExpectedFailure))]
    public void Evaluate_Deadline_OverdueOnlyAfterTheDate(string deadline, string expected) =>
        Kind(s_settings with { Deadline = deadline }, new InvalidOperationException("x")).ToString().Should().Be(expected);

    [Fact]
    public void Evaluate_PastDeadline_MessageNamesTheDate() =>
        ExpectedFailureEvaluator.Evaluate(s_settings with { Deadline = "2020-01-01" }, new InvalidOperationException("x"), s_today, true)
            .Message.Should().Contain("remediation overdue since 2020-01-01");

    [Fact]
    public void Evaluate_UnparsableDeadline_IsInvalidNamingTheValue()
    {
        ExpectedFailureVerdict verdict = ExpectedFailureEvaluator.Evaluate(s_settings with { Deadline = "next year" }, null, s_today, true);
        verdict.Kind.Should().Be(ExpectedFailureVerdictKind.Invalid);
        verdict.Message.Should().Contain("Deadline 'next year'");
    }

    [Theory]
    [InlineData("", null, null)]
    [InlineData("legacy", "No.Such.Type, NoSuchAssembly", null)]
    [InlineData("legacy", "System.String", null)]
    [InlineData("legacy", null, "(unclosed")]
    public void Evaluate_UnusableSettings_IsInvalid(string reason, string? raises, string? pattern) =>
        Kind(new ExpectedFailureSettings { Reason = reason, Raises = raises is null ? [] : [raises], MessagePattern = pattern }, new InvalidOperationException("x"))
            .Should().Be(ExpectedFailureVerdictKind.Invalid);
}
