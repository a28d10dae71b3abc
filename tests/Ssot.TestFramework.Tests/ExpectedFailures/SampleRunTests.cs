using FluentAssertions;

namespace Ssot.TestFramework.Tests.ExpectedFailures;

/// <summary>Proves the reported outcome of every expected-failure case through a real `dotnet test` run and its TRX.</summary>
public sealed class SampleRunTests : IClassFixture<SampleRunFixture>
{
    private const string Passed = "Passed";
    private const string Failed = "Failed";
    private const string Skipped = "NotExecuted";
    private const string Violation = "Ssot.TestFramework.ExpectedFailures.ExpectedFailureViolationException : ";

    private readonly SampleRunFixture _run;

    public SampleRunTests(SampleRunFixture run)
    {
        _run = run;
    }

    private TrxResult Result(string name) => _run.Normal[name];

    [Fact]
    public void FailingBody_IsSkipped_WithReasonIssueAndFirstLine() =>
        Result("FactCases.FailingBody_IsSkipped").Should().Match<TrxResult>(r => r.Outcome == Skipped
            && r.Message == "[XFAIL] legacy duplicate of the pricing rule (#1066) — System.InvalidOperationException: duplicate found in Pricing");

    [Fact]
    public void PassingBodyStrict_IsFailed_AsRemediated()
    {
        TrxResult r = Result("FactCases.PassingBodyStrict_IsFailed");
        r.Outcome.Should().Be(Failed);
        r.Message.Should().Be(Violation + "[XPASS] remediated in the meantime: passed unexpectedly: the violation is remediated; remove [ExpectedToFailFact] — tracked by #1066");
    }

    [Fact]
    public void PassingBodyNonStrict_IsPassed_WithNoteInOutput()
    {
        TrxResult r = Result("FactCases.PassingBodyNonStrict_IsPassedWithNote");
        r.Outcome.Should().Be(Passed);
        r.StdOut.Should().StartWith("[XPASS non-strict] maybe remediated: passed unexpectedly").And.Contain("tracked by #1067");
    }

    [Fact]
    public void RaisesSubclass_IsSkipped() =>
        Result("FactCases.RaisesSubclassMatch_IsSkipped").Should().Match<TrxResult>(r => r.Outcome == Skipped
            && r.Message == "[XFAIL] argument problem (#1066) — System.ArgumentNullException: name is required (Parameter 'name')");

    [Fact]
    public void RaisesMismatch_IsFailed_KeepingOriginalException()
    {
        TrxResult r = Result("FactCases.RaisesMismatch_IsFailedWithOriginal");
        r.Outcome.Should().Be(Failed);
        r.Message.Should().StartWith("System.InvalidOperationException : wrong kind of failure")
            .And.Contain("[XFAIL MISMATCH] argument problem (#1068): expected an exception of type System.ArgumentException or System.FormatException, but the test failed with System.InvalidOperationException: wrong kind of failure");
        r.StackTrace.Should().Contain("FactCases.RaisesMismatch_IsFailedWithOriginal()");
    }

    [Fact]
    public void PassingBodyExplicitStrict_IsFailed() =>
        Result("FactCases.PassingBodyExplicitStrict_IsFailed").Should().Match<TrxResult>(r => r.Outcome == Failed && r.Message.Contains("[XPASS] explicitly strict: passed unexpectedly"));

    [Fact]
    public void DisposeFailure_AfterExpectedBodyFailure_NotesTheBodyInOutput() =>
        Result("DisposeFailureCases.DisposeFailure_IsFailed").StdOut.Should().Contain("[XFAIL] note: the test body's own outcome was as declared ([XFAIL] body is broken (#2002)");

    [Fact]
    public void NonStrictRun_PassingBodies_PassUnlessExplicitlyStrict()
    {
        TrxRun run = _run.NonStrict;
        run.Results.Keys.Should().BeEquivalentTo(
            "FactCases.PassingBodyStrict_IsFailed", "FactCases.PassingBodyNonStrict_IsPassedWithNote", "FactCases.PassingBodyExplicitStrict_IsFailed", "FactCases.AsyncPassingBody_IsFailed");
        run["FactCases.PassingBodyStrict_IsFailed"].Should().Match<TrxResult>(r => r.Outcome == Passed && r.StdOut.Contains("[XPASS non-strict] remediated in the meantime"));
        run["FactCases.PassingBodyExplicitStrict_IsFailed"].Outcome.Should().Be(Failed);
        run.ConsoleCounts().Should().Be((1, 3, 0, 4));
    }

    [Fact]
    public void MessagePatternMatch_IsSkipped() =>
        Result("FactCases.MessagePatternMatch_IsSkipped").Should().Match<TrxResult>(r => r.Outcome == Skipped
            && r.Message == "[XFAIL] duplicate counted (#1069) — System.InvalidOperationException: duplicate #42");

    [Fact]
    public void MessagePatternMismatch_IsFailed_KeepingOriginalException()
    {
        TrxResult r = Result("FactCases.MessagePatternMismatch_IsFailedWithOriginal");
        r.Outcome.Should().Be(Failed);
        r.Message.Should().StartWith("System.InvalidOperationException : unrelated crash")
            .And.Contain(@"expected an exception whose message matches /^duplicate #\d+$/");
        r.StackTrace.Should().Contain("MessagePatternMismatch_IsFailedWithOriginal()");
    }

    [Fact]
    public void NotRun_IsSkipped_AsNotRun() =>
        Result("FactCases.NotRun_IsSkipped").Should().Match<TrxResult>(r => r.Outcome == Skipped && r.Message == "[XFAIL NOTRUN] would hang the run (#1066)");

    [Fact]
    public void PastDeadline_IsFailed_AsOverdue()
    {
        TrxResult r = Result("FactCases.PastDeadline_IsFailed");
        r.Outcome.Should().Be(Failed);
        r.Message.Should().StartWith(Violation + "[XFAIL OVERDUE] should have been fixed (#1070): remediation overdue since 2020-01-01; still failing with System.InvalidOperationException: still broken");
    }

    [Fact]
    public void FutureDeadline_IsSkipped() =>
        Result("FactCases.FutureDeadline_IsSkipped").Should().Match<TrxResult>(r => r.Outcome == Skipped && r.Message.StartsWith("[XFAIL] being fixed (#1071)", StringComparison.Ordinal));

    [Fact]
    public void InvalidDeadline_IsFailed_NamingTheValue()
    {
        TrxResult r = Result("FactCases.InvalidDeadline_IsFailed");
        r.Outcome.Should().Be(Failed);
        r.Message.Should().Contain("Deadline '31/12/2026'").And.Contain("is not an ISO date (yyyy-MM-dd)");
    }

    [Fact]
    public void Timeout_IsFailed_NotInverted() =>
        Result("FactCases.Timeout_IsFailed").Should().Match<TrxResult>(r => r.Outcome == Failed && r.Message.Contains("timed out after 300 milliseconds"));

    [Fact]
    public void AsyncFailingBody_IsSkipped() =>
        Result("FactCases.AsyncFailingBody_IsSkipped").Should().Match<TrxResult>(r => r.Outcome == Skipped
            && r.Message == "[XFAIL] async legacy path (#1074) — System.InvalidOperationException: async failure");

    [Fact]
    public void AsyncPassingBody_IsFailed() =>
        Result("FactCases.AsyncPassingBody_IsFailed").Should().Match<TrxResult>(r => r.Outcome == Failed && r.Message.Contains("[XPASS] async legacy path: passed unexpectedly"));

    [Theory]
    [InlineData("ConstructorFailureCases.ConstructorFailure_IsFailed", "System.InvalidOperationException : constructor failed")]
    [InlineData("DisposeFailureCases.DisposeFailure_IsFailed", "System.InvalidOperationException : dispose failed")]
    [InlineData("DisposeAsyncFailureCases.DisposeAsyncFailure_IsFailed", "System.InvalidOperationException : dispose async failed")]
    [InlineData("BeforeAfterFailureCases.BeforeAfterFailure_IsFailed", "System.InvalidOperationException : after hook failed")]
    [InlineData("FixtureFailureCases.FixtureFailure_IsFailed", "Class fixture type 'ExpectedFailures.Sample.BrokenFixture' threw in its constructor")]
    public void LifecycleFailure_IsFailed_NotInverted(string test, string message) =>
        Result(test).Should().Match<TrxResult>(r => r.Outcome == Failed && r.Message.StartsWith(message, StringComparison.Ordinal));

    [Theory]
    [InlineData("FactCases.OrdinaryPassing_IsPassed", Passed)]
    [InlineData("FactCases.OrdinaryFailing_IsFailed", Failed)]
    [InlineData("ImperativeCases.NotDeclaredPassing_IsPassed", Passed)]
    [InlineData("ImperativeCases.NotDeclaredFailing_IsFailed", Failed)]
    [InlineData("ImperativeCases.DeclareInPlainFact_Throws", Passed)]
    [InlineData("ParallelNotDeclaringCases.NotDeclaringInParallel_IsFailed", Failed)]
    [InlineData("TheoryCases.SingleMarkedRow_OnlyThatRowExpected(value: 1)", Passed)]
    [InlineData("TheoryCases.SingleMarkedRow_OnlyThatRowExpected(value: 2)", Passed)]
    [InlineData("TheoryCases.SingleMarkedRowRuntime_OnlyThatRowExpected(value: 1)", Passed)]
    [InlineData("ImperativeCases.DeclaredOnSomeRows_EachRowOwnOutcome(value: 1)", Failed)]
    public void OrdinaryTest_KeepsItsRealOutcome(string test, string outcome) => Result(test).Outcome.Should().Be(outcome);

    [Theory]
    [InlineData("TheoryCases.PreEnumerated_EachRowOwnOutcome(value: 1)", "[XFAIL] rows are broken (#3001) — System.InvalidOperationException: row 1 broken")]
    [InlineData("TheoryCases.RuntimeRows_EachRowOwnOutcome(value: 1)", "[XFAIL] rows are broken (#3002) — System.InvalidOperationException: row 1 broken")]
    [InlineData("TheoryCases.RuntimeRows_EachRowOwnOutcome(value: 2)", "[XFAIL] rows are broken (#3002) — System.InvalidOperationException: row 2 broken")]
    [InlineData("TheoryCases.NonSerializableRows_AreSkipped(value: Opaque(1))", "[XFAIL] opaque rows are broken (#3003) — System.InvalidOperationException: opaque 1 broken")]
    [InlineData("TheoryCases.NonSerializableRows_AreSkipped(value: Opaque(2))", "[XFAIL] opaque rows are broken (#3003) — System.InvalidOperationException: opaque 2 broken")]
    [InlineData("TheoryCases.SingleMarkedRow_OnlyThatRowExpected(value: 3)", "[XFAIL] row 3 hits the legacy path (#3004) — Xunit.Sdk.NotEqualException: Assert.NotEqual() Failure: Values are equal")]
    [InlineData("TheoryCases.SingleMarkedRowRuntime_OnlyThatRowExpected(value: 2)", "[XFAIL] row 2 hits the legacy path (#3005) — Xunit.Sdk.NotEqualException: Assert.NotEqual() Failure: Values are equal")]
    [InlineData("ImperativeCases.DeclaredAndFailing_IsSkipped", "[XFAIL] known violation in the baseline (#4001) — System.InvalidOperationException: violation still present")]
    [InlineData("ImperativeCases.DeclaredOnSomeRows_EachRowOwnOutcome(value: 2)", "[XFAIL] row 2 is in the baseline (#4003) — System.InvalidOperationException: violation in row 2")]
    [InlineData("ParallelDeclaringCases.DeclaringInParallel_IsSkipped", "[XFAIL] declared in one parallel test (#4004) — System.InvalidOperationException: expected")]
    public void ExpectedFailureRow_IsSkipped_WithItsOwnReason(string test, string reason) =>
        Result(test).Should().Match<TrxResult>(r => r.Outcome == Skipped && r.Message == reason);

    [Theory]
    [InlineData("TheoryCases.PreEnumerated_EachRowOwnOutcome(value: 2)", "[XPASS] rows are broken: passed unexpectedly")]
    [InlineData("TheoryCases.RuntimeRows_EachRowOwnOutcome(value: 3)", "[XPASS] rows are broken: passed unexpectedly")]
    [InlineData("ImperativeCases.DeclaredAndPassing_IsFailed", "[XPASS] known violation in the baseline: passed unexpectedly: the violation is remediated; remove the ExpectedFailure.Declare call — tracked by #4002")]
    public void UnexpectedlyPassingRow_IsFailed(string test, string message) =>
        Result(test).Should().Match<TrxResult>(r => r.Outcome == Failed && r.Message.StartsWith(Violation + message, StringComparison.Ordinal));

    [Fact]
    public void Counts_ConsoleSummaryAgreesWithTrx()
    {
        (int failed, int passed, int skipped, int total) = _run.Normal.ConsoleCounts();
        int trxSkipped = _run.Normal.Results.Values.Count(r => r.Outcome == Skipped);
        (failed, passed, skipped, total).Should().Be((24, 507, 17, 548));
        _run.Normal.Counters["failed"].Should().Be(failed);
        _run.Normal.Counters["passed"].Should().Be(passed);
        _run.Normal.Counters["total"].Should().Be(total);
        (_run.Normal.Counters["total"] - _run.Normal.Counters["executed"]).Should().Be(skipped);
        trxSkipped.Should().Be(skipped);
        _run.Normal.Results.Should().HaveCount(total);
    }

    [Fact]
    public void SsotSkipException_InSsotFact_IsSkippedWithItsReason() =>
        Result("SkipCases.SkippedAtRunTime_IsSkipped").Should().Match<TrxResult>(r => r.Outcome == Skipped
            && r.Message == "not applicable: the harness has no state API");

    [Fact]
    public void SsotSkipException_InPlainFact_IsFailedNeverPassed() =>
        Result("SkipCases.SkipInPlainFact_IsFailed").Should().Match<TrxResult>(r => r.Outcome == Failed
            && r.Message.Contains("a plain [Fact] cannot skip at run time"));

    [Fact]
    public void BaseTestCase_ThrowingCleanup_FailsTheTestAndTheOthersStillRun() =>
        Result("FoundationCases.CleanupThrows_IsFailed").Should().Match<TrxResult>(r => r.Outcome == Failed
            && r.Message.Contains("cleanup broke")
            && r.StdOut.IndexOf("last registered, runs first", StringComparison.Ordinal) >= 0
            && r.StdOut.IndexOf("last registered, runs first", StringComparison.Ordinal) < r.StdOut.IndexOf("first registered, runs last", StringComparison.Ordinal));

    [Fact]
    public void BaseTestCase_UnmetStrictMock_FailsTheTestThatCreatedIt() =>
        Result("FoundationCases.StrictMockUnmet_IsFailed").Should().Match<TrxResult>(r => r.Outcome == Failed
            && r.Message.Contains("Strict mock verification failed") && r.Message.Contains("Now()"));

    [Fact]
    public void BaseTestCase_CleanupThrowsAfterExpectedFailure_StaysARealFailure() =>
        Result("FoundationCases.ExpectedFailureButCleanupThrows_IsFailed").Should().Match<TrxResult>(r => r.Outcome == Failed
            && r.Message.Contains("cleanup broke after an expected failure"));

    [Fact]
    public void BaseTestCase_FailingTest_PrintsItsSeedInTheOutput() =>
        Result("FoundationCases.StrictMockUnmet_IsFailed").StdOut.Should().MatchRegex(@"\[ssot\] seed \d+ for ExpectedFailures\.Sample\.FoundationCases\.StrictMockUnmet_IsFailed \(replay with SSOT_SEED=\d+\)");

    [Fact]
    public void Metrics_500ParallelTests_AllReachMetricsJson()
    {
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(_run.ReportDirectory, "metrics.json")));
        var loads = json.RootElement.GetProperty("tests").EnumerateArray()
            .Where(t => t.GetProperty("className").GetString()!.StartsWith("ExpectedFailures.Sample.MetricsLoad.", StringComparison.Ordinal))
            .Select(t => t.GetProperty("samples").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "load_index").GetProperty("value").GetDouble())
            .ToList();
        loads.Should().HaveCount(500).And.OnlyHaveUniqueItems();
        loads.Should().BeEquivalentTo(Enumerable.Range(0, 500).Select(i => (double)i));
        File.ReadAllText(Path.Combine(_run.ReportDirectory, "metrics.md")).Should().Contain("| load_index | index | 500 |");
    }

    [Fact]
    public void Report_ListsExpectedFailuresAndUnexpectedPasses()
    {
        string json = File.ReadAllText(Path.Combine(_run.ReportDirectory, "expected-failures.json"));
        string markdown = File.ReadAllText(Path.Combine(_run.ReportDirectory, "expected-failures.md"));
        json.Should().Contain("\"ExpectedFailure\": 15").And.Contain("\"UnexpectedPass\": 6").And.Contain("\"NotRun\": 1").And.Contain("\"Overdue\": 1")
            .And.Contain("\"displayName\":\"ExpectedFailures.Sample.FactCases.FailingBody_IsSkipped\"");
        markdown.Should().Contain("| ExpectedFailure | Skipped | ExpectedFailures.Sample.FactCases.FailingBody_IsSkipped | legacy duplicate of the pricing rule | #1066 |");
        Directory.GetFiles(_run.ReportDirectory, "*.tmp").Should().BeEmpty();
    }

    [Fact]
    public void RunXfail_FilteredByIssueTrait_ReportsRealOutcomes()
    {
        TrxRun run = _run.RunXfail;
        run.Results.Keys.Should().BeEquivalentTo(
            "FactCases.FailingBody_IsSkipped", "FactCases.PassingBodyStrict_IsFailed", "FactCases.RaisesSubclassMatch_IsSkipped", "FactCases.NotRun_IsSkipped");
        run["FactCases.FailingBody_IsSkipped"].Should().Match<TrxResult>(r => r.Outcome == Failed && r.Message.StartsWith("System.InvalidOperationException : duplicate found", StringComparison.Ordinal));
        run["FactCases.PassingBodyStrict_IsFailed"].Outcome.Should().Be(Passed);
        run["FactCases.RaisesSubclassMatch_IsSkipped"].Outcome.Should().Be(Failed);
        run["FactCases.NotRun_IsSkipped"].Should().Match<TrxResult>(r => r.Outcome == Failed && r.Message.Contains("executed although Run = false"));
        run.ConsoleCounts().Should().Be((3, 1, 0, 4));
    }
}
