using Ssot.TestFramework;
using Ssot.TestFramework.ExpectedFailures;

namespace ExpectedFailures.Sample;

public sealed class FixtureFailureCases : IClassFixture<BrokenFixture>
{
    public FixtureFailureCases(BrokenFixture fixture) => _ = fixture;

    [ExpectedToFailFact("body is broken", Issue = "#2004")]
    public void FixtureFailure_IsFailed() => throw new InvalidOperationException("body failed");
}
