using Ssot.TestFramework;
using Ssot.TestFramework.ExpectedFailures;

namespace ExpectedFailures.Sample;

public sealed class DisposeAsyncFailureCases : IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    [ExpectedToFailFact("body is broken", Issue = "#2003")]
    public void DisposeAsyncFailure_IsFailed() => throw new InvalidOperationException("body failed");

    public Task DisposeAsync() => throw new InvalidOperationException("dispose async failed");
}
