using FluentAssertions;
using Microsoft.Extensions.Time.Testing;
using Ssot.TestFramework.Fixtures.Events;

namespace Ssot.TestFramework.Fixtures.Tests.Events;

public sealed class TimeFactorTests
{
    [Theory]
    [InlineData(null, 1.0)]
    [InlineData("", 1.0)]
    [InlineData("2", 2.0)]
    [InlineData(" 1.5 ", 1.5)]
    public void Parse_ValidOrUnset_ReturnsFactor(string? value, double expected)
    {
        TimeFactor.Parse(value).Should().Be(expected);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("0")]
    [InlineData("-2")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    public void Parse_Invalid_ThrowsNamingTheVariableAndValue(string value)
    {
        Action parse = () => TimeFactor.Parse(value);

        parse.Should().Throw<Ssot.TestFramework.Common.SsotSettingException>()
            .WithMessage($"SSOT_TIMEFACTOR must be a positive number*'{value}'*");
    }

    [Fact]
    public void Dilate_FactorThree_MultipliesDuration()
    {
        TimeFactor.Dilate(TimeSpan.FromSeconds(2), 3).Should().Be(TimeSpan.FromSeconds(6));
        TimeFactor.Dilate(Timeout.InfiniteTimeSpan, 3).Should().Be(Timeout.InfiniteTimeSpan);
    }

    [Fact]
    public async Task Constructor_ExplicitFactor_ScalesDefaultTimeoutInFailureMessage()
    {
        var clock = new FakeTimeProvider();
        var probe = new EventProbe(new EventLog(), new EventProbeOptions { DefaultTimeout = TimeSpan.FromMinutes(1), TimeFactor = 5, Clock = clock });
        Task<ObservedEvent> expect = probe.ExpectAsync("never");

        clock.Advance(TimeSpan.FromMinutes(5) - TimeSpan.FromMilliseconds(1));
        expect.IsCompleted.Should().BeFalse("the dilated timeout has not passed yet");
        clock.Advance(TimeSpan.FromMilliseconds(1));

        probe.Factor.Should().Be(5);
        await expect.WaitAsync(TimeSpan.FromMinutes(1)).Awaiting(t => t).Should().ThrowAsync<EventExpectationException>()
            .WithMessage("*: timed out.*Elapsed: 300000 ms of 300000 ms allowed.");
    }
}
