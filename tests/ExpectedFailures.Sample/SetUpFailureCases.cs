using Ssot.TestFramework;

namespace ExpectedFailures.Sample;

/// <summary>
/// A set-up that fails after registering a cleanup: xUnit v2 never calls DisposeAsync after a failed InitializeAsync, so
/// only the base class can undo what the set-up did. Real runs show the cleanup ran once and the test failed with the
/// set-up's exception.
/// </summary>
public sealed class SetUpFailureCases(ITestOutputHelper output) : SsotBaseTestCase(output)
{
    [Fact]
    public void SetUpThrows_IsFailed()
    {
    }

    protected override async Task SetUpAsync()
    {
        AddCleanup(() => Output.WriteLine("[cleanup] registered by the set-up, ran after it failed"));
        await Task.Yield();
        throw new InvalidOperationException("set-up failed");
    }

    protected override void Dispose(bool disposing) => Output.WriteLine("[dispose] ran after the cleanups");
}
