using Ssot.TestFramework;

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

public sealed class ParallelDeclaringCases
{
    [SsotFact]
    public async Task DeclaringInParallel_IsSkipped()
    {
        ExpectedFailure.Declare("declared in one parallel test", "#4004");
        await Task.Delay(300);
        throw new InvalidOperationException("expected");
    }
}

public sealed class ParallelNotDeclaringCases
{
    [SsotFact]
    public async Task NotDeclaringInParallel_IsFailed()
    {
        await Task.Delay(150);
        throw new InvalidOperationException("must not inherit another test's declaration");
    }
}
