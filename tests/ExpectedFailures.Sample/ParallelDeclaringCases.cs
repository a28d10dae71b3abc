using Ssot.TestFramework;
using Ssot.TestFramework.ExpectedFailures;

namespace ExpectedFailures.Sample;

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
