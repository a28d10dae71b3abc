using FluentAssertions;
using Ssot.TestFramework.Metrics;

namespace Ssot.TestFramework.Core.Tests.Metrics;

public sealed class MetricSummaryTests
{
    [Fact]
    public void Of_HundredValues_GivesNearestRankPercentiles()
    {
        var summary = MetricSummary.Of("t", "ms", Enumerable.Range(1, 100).Select(i => (double)i).Reverse());

        summary.Should().Be(new MetricSummary("t", "ms", 100, 1, 50, 95, 100, 5050));
    }

    [Fact]
    public void Of_NoValues_ThrowsNamingTheMetric()
    {
        Action of = () => MetricSummary.Of("empty", "ms", []);

        of.Should().Throw<ArgumentException>().WithMessage("*'empty'*");
    }
}
