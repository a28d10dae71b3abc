using Ssot.TestFramework;

namespace ExpectedFailures.Sample;

public sealed class ParallelNotDeclaringCases
{
    [SsotFact]
    public async Task NotDeclaringInParallel_IsFailed()
    {
        await Task.Delay(150);
        throw new InvalidOperationException("must not inherit another test's declaration");
    }
}
