using Ssot.TestFramework;

namespace ExpectedFailures.Sample;

public sealed class SkipCases
{
    [SsotFact]
    public void SkippedAtRunTime_IsSkipped() => throw new SsotSkipException("not applicable: the harness has no state API");

    [Fact]
    public void SkipInPlainFact_IsFailed() => throw new SsotSkipException("a plain [Fact] cannot skip at run time");
}
