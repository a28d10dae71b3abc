using Ssot.TestFramework;
using Ssot.TestFramework.ExpectedFailures;

namespace ExpectedFailures.Sample;

public sealed class ImperativeCases
{
    [SsotFact]
    public void DeclaredAndFailing_IsSkipped()
    {
        ExpectedFailure.Declare("known violation in the baseline", "#4001");
        throw new InvalidOperationException("violation still present");
    }

    [SsotFact]
    public async Task DeclaredAndPassing_IsFailed()
    {
        await Task.Yield();
        ExpectedFailure.Declare("known violation in the baseline", "#4002");
    }

    [SsotFact]
    public void NotDeclaredFailing_IsFailed() => throw new InvalidOperationException("ordinary failure");

    [SsotFact]
    public void NotDeclaredPassing_IsPassed() => Assert.True(ExpectedFailure.IsAvailable);

    [SsotTheory]
    [InlineData(1)]
    [InlineData(2)]
    public void DeclaredOnSomeRows_EachRowOwnOutcome(int value)
    {
        if (value == 2)
        {
            ExpectedFailure.Declare("row 2 is in the baseline", "#4003");
        }

        throw new InvalidOperationException($"violation in row {value}");
    }

    [Fact]
    public void DeclareInPlainFact_Throws() =>
        Assert.Contains("[SsotFact]", Assert.Throws<InvalidOperationException>(() => ExpectedFailure.Declare("x", "#1")).Message);
}
