using FluentAssertions;
using Ssot.TestFramework.Testing;

namespace Ssot.TestFramework.Tests;

/// <summary>
/// The environment overlay as the base class gives it to each test (<c>Env</c>); the overlay itself is tested in
/// Ssot.TestFramework.Core.Tests (Environments/EnvironmentOverlayTests).
/// </summary>
public sealed class EnvironmentOverlayTests
{
    [Fact]
    public async Task Set_200ParallelTestsSameVariable_EachSeesOnlyItsOwnValueAndTheProcessNone()
    {
        const string name = "SSOT_KIT_TEST_OVERLAY_SHARED";
        const int tests = 200;
        var allSet = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        int setCount = 0;

        async Task<(int Index, string? Seen, string? Process)> RunOne(int index)
        {
            await Task.Yield();
            var test = new TestableTestCase(new RecordingOutput(), $"M{index}");
            test.Env.Set(name, $"value-{index}");
            if (Interlocked.Increment(ref setCount) == tests)
            {
                allSet.SetResult();
            }

            await allSet.Task; // every test has written before any reads
            string? seen = test.Env.Get(name);
            await test.FinishAsync();
            return (index, seen, Environment.GetEnvironmentVariable(name));
        }

        (int Index, string? Seen, string? Process)[] results = await Task.WhenAll(Enumerable.Range(0, tests).Select(i => Task.Run(() => RunOne(i))));

        results.Should().OnlyContain(r => r.Seen == $"value-{r.Index}");
        results.Should().OnlyContain(r => r.Process == null);
    }
}
