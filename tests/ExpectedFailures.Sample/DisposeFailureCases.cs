using Ssot.TestFramework;
using Ssot.TestFramework.ExpectedFailures;

namespace ExpectedFailures.Sample;

public sealed class DisposeFailureCases : IDisposable
{
    [ExpectedToFailFact("body is broken", Issue = "#2002")]
    public void DisposeFailure_IsFailed() => throw new InvalidOperationException("body failed");

    public void Dispose() => throw new InvalidOperationException("dispose failed");
}
