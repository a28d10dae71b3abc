using Ssot.TestFramework;

namespace ExpectedFailures.Sample;

public sealed class ConstructorFailureCases
{
    public ConstructorFailureCases() => throw new InvalidOperationException("constructor failed");

    [ExpectedToFailFact("body is broken", Issue = "#2001")]
    public void ConstructorFailure_IsFailed() => throw new InvalidOperationException("body failed");
}

public sealed class DisposeFailureCases : IDisposable
{
    [ExpectedToFailFact("body is broken", Issue = "#2002")]
    public void DisposeFailure_IsFailed() => throw new InvalidOperationException("body failed");

    public void Dispose() => throw new InvalidOperationException("dispose failed");
}

public sealed class DisposeAsyncFailureCases : IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    [ExpectedToFailFact("body is broken", Issue = "#2003")]
    public void DisposeAsyncFailure_IsFailed() => throw new InvalidOperationException("body failed");

    public Task DisposeAsync() => throw new InvalidOperationException("dispose async failed");
}

public sealed class BrokenFixture
{
    public BrokenFixture() => throw new InvalidOperationException("fixture failed");
}

public sealed class FixtureFailureCases : IClassFixture<BrokenFixture>
{
    public FixtureFailureCases(BrokenFixture fixture) => _ = fixture;

    [ExpectedToFailFact("body is broken", Issue = "#2004")]
    public void FixtureFailure_IsFailed() => throw new InvalidOperationException("body failed");
}
