using Xunit.Sdk;

namespace Ssot.TestFramework.ExpectedFailures.Sdk;

/// <summary>
/// The tests of one run of one <see cref="ExpectedFailureTestCase"/> (one test, or one per row enumerated at run time):
/// creates each test's runner with its settings and state, and corrects the run summary for the results its bus
/// turned from Passed into Skipped. Shared by both test case runners.
/// </summary>
/// <remarks>Thread-safe: rows may be created and adjusted from xUnit's threads.</remarks>
internal sealed class ExpectedFailureTests(ExpectedFailureTestCase testCase)
{
    private readonly List<ExpectedFailureTestState> _states = [];

    public ExpectedFailureTestCase TestCase { get; } = testCase;

    /// <summary>Resolves the settings for this test (a marked row wins over the method's attribute), applies
    /// <c>SSOT_RUN_XFAIL</c> and <c>Run = false</c>, and creates the runner.</summary>
    public XunitTestRunner CreateRunner(ExpectedFailureRun run)
    {
        bool ignore = ExpectedFailureEnvironment.RunExpectedFailures;
        ExpectedFailureSettings? settings = ignore ? null : ExpectedFailureRowMatcher.Find(run.TestMethod, run.TestMethodArguments) ?? TestCase.Settings;
        var state = new ExpectedFailureTestState(settings, ignore);
        if (settings is { Run: false } && string.IsNullOrEmpty(run.SkipReason)
            && ExpectedFailureEvaluator.Validate(settings, out _, out _) is null)
        {
            run = run with { SkipReason = ExpectedFailureFormatter.NotRun(settings) };
            state.Verdict = new ExpectedFailureVerdict(ExpectedFailureVerdictKind.NotRun, run.SkipReason, settings, null);
        }

        lock (_states)
        {
            _states.Add(state);
        }

        return new ExpectedFailureTestRunner(run, state);
    }

    /// <summary>Corrects a run summary for results the bus turned from Passed into Skipped.</summary>
    public RunSummary Adjust(RunSummary summary)
    {
        lock (_states)
        {
            summary.Skipped += _states.Count(s => s.ConvertedToSkip);
        }

        return summary;
    }
}
