using FluentAssertions;
using Microsoft.Extensions.Time.Testing;
using Ssot.TestFramework.Common;

namespace Ssot.TestFramework.Common.Tests;

public sealed class ReportDateTests
{
    private static readonly FakeTimeProvider s_clock = new(new DateTimeOffset(2026, 12, 1, 9, 30, 0, TimeSpan.Zero));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Now_Unset_IsTheClock(string? value) =>
        ReportDate.Now(_ => value, s_clock).Should().Be(s_clock.GetUtcNow());

    [Theory]
    [InlineData("1764547200", 2025, 12, 1)]
    [InlineData(" 0 ", 1970, 1, 1)]
    public void Now_SourceDateEpoch_FixesTheDate(string value, int year, int month, int day) =>
        ReportDate.Now(name => name == "SOURCE_DATE_EPOCH" ? value : null, s_clock).Should().Be(new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData("yesterday")]
    [InlineData("-5")]
    [InlineData("1.5")]
    [InlineData("99999999999999999999")]
    [InlineData("253402300800")]
    public void Now_NotWholeSeconds_ThrowsNamingTheVariable(string value)
    {
        Action read = () => ReportDate.Now(name => name == "SOURCE_DATE_EPOCH" ? value : null, s_clock);

        read.Should().Throw<SsotSettingException>().WithMessage($"SOURCE_DATE_EPOCH='{value.Trim()}' is not a number of whole seconds since 1970-01-01 UTC*");
    }
}
