using Ssot.TestFramework;
using Ssot.TestFramework.ExpectedFailures;

namespace ExpectedFailures.Sample;

public sealed class FactCases
{
    [ExpectedToFailFact("legacy duplicate of the pricing rule", Issue = "#1066")]
    public void FailingBody_IsSkipped() => throw new InvalidOperationException("duplicate found in Pricing\nsecond line is listed too");

    [ExpectedToFailFact("remediated in the meantime", Issue = "#1066")]
    public void PassingBodyStrict_IsFailed()
    {
    }

    [ExpectedToFailFact("maybe remediated", Issue = "#1067", Strict = false)]
    public void PassingBodyNonStrict_IsPassedWithNote()
    {
    }

    [ExpectedToFailFact("explicitly strict", Issue = "#1075", Strict = true)]
    public void PassingBodyExplicitStrict_IsFailed()
    {
    }

    [ExpectedToFailFact("argument problem", Issue = "#1066", Raises = [typeof(ArgumentException)])]
    public void RaisesSubclassMatch_IsSkipped() => throw new ArgumentNullException("name", "name is required");

    [ExpectedToFailFact("argument problem", Issue = "#1068", Raises = [typeof(ArgumentException), typeof(FormatException)])]
    public void RaisesMismatch_IsFailedWithOriginal() => throw new InvalidOperationException("wrong kind of failure");

    [ExpectedToFailFact("duplicate counted", Issue = "#1069", MessagePattern = @"^duplicate #\d+$")]
    public void MessagePatternMatch_IsSkipped() => throw new InvalidOperationException("duplicate #42");

    [ExpectedToFailFact("duplicate counted", Issue = "#1069", MessagePattern = @"^duplicate #\d+$")]
    public void MessagePatternMismatch_IsFailedWithOriginal() => throw new InvalidOperationException("unrelated crash");

    [ExpectedToFailFact("would hang the run", Issue = "#1066", Run = false)]
    public void NotRun_IsSkipped() => throw new InvalidOperationException("executed although Run = false");

    [ExpectedToFailFact("should have been fixed", Issue = "#1070", Deadline = "2020-01-01")]
    public void PastDeadline_IsFailed() => throw new InvalidOperationException("still broken");

    [ExpectedToFailFact("being fixed", Issue = "#1071", Deadline = "2099-12-31")]
    public void FutureDeadline_IsSkipped() => throw new InvalidOperationException("still broken");

    [ExpectedToFailFact("bad date", Issue = "#1072", Deadline = "31/12/2026")]
    public void InvalidDeadline_IsFailed() => throw new InvalidOperationException("still broken");

    [ExpectedToFailFact("slow legacy path", Issue = "#1073", Timeout = 300)]
    public async Task Timeout_IsFailed() => await Task.Delay(5000);

    [ExpectedToFailFact("async legacy path", Issue = "#1074")]
    public async Task AsyncFailingBody_IsSkipped()
    {
        await Task.Yield();
        throw new InvalidOperationException("async failure");
    }

    [ExpectedToFailFact("async legacy path", Issue = "#1074")]
    public async Task AsyncPassingBody_IsFailed() => await Task.Yield();

    [Fact]
    public void OrdinaryPassing_IsPassed() => Assert.True(true);

    [Fact]
    public void OrdinaryFailing_IsFailed() => Assert.Equal(1, 2);
}
