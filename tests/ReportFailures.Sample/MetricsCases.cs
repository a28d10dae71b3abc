using Ssot.TestFramework;
using Ssot.TestFramework.ExpectedFailures;

namespace ReportFailures.Sample;

/// <summary>Tests whose metrics go to the run's metrics report.</summary>
public sealed class MetricsCases(ITestOutputHelper output) : SsotBaseTestCase(output)
{
    [Fact]
    public void Passes() => RecordMetric("users", 3, "count");

    [Fact]
    public void Fails() => Assert.Equal(2, 1 + 2);

    [ExpectedToFailFact("known duplicate", Issue = "#1")]
    public void ExpectedFailure() => throw new InvalidOperationException("duplicate found");

    [ExpectedToFailFact("remediated meanwhile", Issue = "#2")]
    public void UnexpectedPass() => RecordMetric("users", 1, "count");
}

/// <summary>Expected failures without the base class: no metrics, only the expected-failure report.</summary>
public sealed class PlainCases
{
    [ExpectedToFailFact("known duplicate", Issue = "#3")]
    public void ExpectedFailure() => throw new InvalidOperationException("duplicate found");

    [Fact]
    public void Passes() => Assert.True(true);
}
