using Ssot.TestFramework;
using Ssot.TestFramework.ExpectedFailures;

namespace ExpectedFailures.Sample;

public sealed class ConstructorFailureCases
{
    public ConstructorFailureCases() => throw new InvalidOperationException("constructor failed");

    [ExpectedToFailFact("body is broken", Issue = "#2001")]
    public void ConstructorFailure_IsFailed() => throw new InvalidOperationException("body failed");
}
