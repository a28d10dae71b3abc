using Ssot.TestFramework;
using Ssot.TestFramework.ExpectedFailures;

namespace ExpectedFailures.Sample;

/// <summary>SsotBaseTestCase behaviour that only a real run can show: end-of-test failures fail the test.</summary>
public sealed class FoundationCases(ITestOutputHelper output) : SsotBaseTestCase(output)
{
    [Fact]
    public void CleanupThrows_IsFailed()
    {
        AddCleanup(() => Output.WriteLine("first registered, runs last"));
        AddCleanup(() => throw new InvalidOperationException("cleanup broke"));
        AddCleanup(() => Output.WriteLine("last registered, runs first"));
    }

    [Fact]
    public void StrictMockUnmet_IsFailed()
    {
        Mocks.Create<IClock>().Setup(c => c.Now()).Returns(DateTime.UnixEpoch);
    }

    [ExpectedToFailFact("legacy path", Issue = "#5001")]
    public void ExpectedFailureButCleanupThrows_IsFailed()
    {
        AddCleanup(() => throw new InvalidOperationException("cleanup broke after an expected failure"));
        throw new InvalidOperationException("the expected failure");
    }
}
