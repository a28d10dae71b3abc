using Ssot.TestFramework;
using Ssot.TestFramework.ExpectedFailures;

namespace ExpectedFailures.Sample;

public sealed class BeforeAfterFailureCases
{
    [ThrowingAfter]
    [ExpectedToFailFact("body is broken", Issue = "#2005")]
    public void BeforeAfterFailure_IsFailed() => throw new InvalidOperationException("body failed");
}
