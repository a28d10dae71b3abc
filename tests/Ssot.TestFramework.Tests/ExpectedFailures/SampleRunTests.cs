using FluentAssertions;
using Ssot.TestFramework.ExpectedFailures;
using Ssot.TestFramework.Testing;

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
    public void FailingBody_IsSkipped_WithReasonIssueAndEveryLine() =>
        Result("FactCases.FailingBody_IsSkipped").Should().Match<TrxResult>(r => r.Outcome == Skipped
            && r.Message == "[XFAIL] legacy duplicate of the pricing rule (#1066) — System.InvalidOperationException: duplicate found in Pricing\nsecond line is listed too");

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
    [InlineData("TheoryCases.SingleMarkedRow_OnlyThatRowExpected(value: 3)", "[XFAIL] row 3 hits the legacy path (#3004) — Xunit.Sdk.NotEqualException: Assert.NotEqual() Failure: Values are equal\nExpected: Not 3\nActual:       3")]
    [InlineData("TheoryCases.SingleMarkedRowRuntime_OnlyThatRowExpected(value: 2)", "[XFAIL] row 2 hits the legacy path (#3005) — Xunit.Sdk.NotEqualException: Assert.NotEqual() Failure: Values are equal\nExpected: Not 2\nActual:       2")]
    [InlineData("ImperativeCases.DeclaredAndFailing_IsSkipped", "[XFAIL] known violation in the baseline (#4001) — System.InvalidOperationException: violation still present")]
    [InlineData("ImperativeCases.DeclaredOnSomeRows_EachRowOwnOutcome(value: 2)", "[XFAIL] row 2 is in the baseline (#4003) — System.InvalidOperationException: violation in row 2")]
    [InlineData("ParallelDeclaringCases.DeclaringInParallel_IsSkipped", "[XFAIL] declared in one parallel test (#4004) — System.InvalidOperationException: expected")]
    public void ExpectedFailureRow_IsSkipped_WithItsOwnReason(string test, string reason) =>
        Result(test).Should().Match<TrxResult>(r => r.Outcome == Skipped && r.Message == reason);

    [Theory]
    [InlineData("TheoryCases.PreEnumerated_EachRowOwnOutcome(value: 2)", "[XPASS] rows are broken: row (value: 2) passed unexpectedly: this row is remediated. Do not remove [ExpectedToFailTheory] while other rows still fail: replace it with [SsotTheory] and mark each row that still fails with [ExpectedToFailRow(\"rows are broken\", <its arguments>, Issue = \"#3001\")] — tracked by #3001")]
    [InlineData("TheoryCases.RuntimeRows_EachRowOwnOutcome(value: 3)", "[XPASS] rows are broken: row (value: 3) passed unexpectedly: this row is remediated. Do not remove [ExpectedToFailTheory]")]
    [InlineData("ImperativeCases.DeclaredAndPassing_IsFailed", "[XPASS] known violation in the baseline: passed unexpectedly: the violation is remediated; remove the ExpectedFailure.Declare call — tracked by #4002")]
    public void UnexpectedlyPassingRow_IsFailed(string test, string message) =>
        Result(test).Should().Match<TrxResult>(r => r.Outcome == Failed && r.Message.StartsWith(Violation + message, StringComparison.Ordinal));

    [Fact]
    public void Counts_ConsoleSummaryAgreesWithTrx()
    {
        (int failed, int passed, int skipped, int total) = _run.Normal.ConsoleCounts();
        int trxSkipped = _run.Normal.Results.Values.Count(r => r.Outcome == Skipped);
        (failed, passed, skipped, total).Should().Be((25, 507, 20, 552));
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
    public void BaseTestCase_SetUpThrows_FailsWithItsExceptionAfterTheCleanupsAndDisposeRanOnce()
    {
        TrxResult r = Result("SetUpFailureCases.SetUpThrows_IsFailed");

        r.Outcome.Should().Be(Failed);
        r.Message.Should().StartWith("System.InvalidOperationException : set-up failed");
        const string cleanup = "[cleanup] registered by the set-up, ran after it failed";
        r.StdOut.Split('\n').Where(l => l.Contains(cleanup, StringComparison.Ordinal)).Should().ContainSingle();
        r.StdOut.Split('\n').Where(l => l.Contains("[dispose] ran after the cleanups", StringComparison.Ordinal)).Should().ContainSingle();
        r.StdOut.IndexOf(cleanup, StringComparison.Ordinal).Should().BeLessThan(r.StdOut.IndexOf("[dispose]", StringComparison.Ordinal));
    }

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
        Result("FoundationCases.StrictMockUnmet_IsFailed").StdOut.Should().MatchRegex(@"^\[ssot\] seed \d+ for ExpectedFailures\.Sample\.FoundationCases\.StrictMockUnmet_IsFailed \(replay with SSOT_SEED=\d+\)(\r?\n|$)");

    [Fact]
    public void BaseTestCase_FailingTestOfTheKitsRunner_PrintsItsSeedFirstInTheOutput() =>
        Result("FoundationCases.ExpectedFailureButCleanupThrows_IsFailed").StdOut.Should().MatchRegex(@"^\[ssot\] seed \d+ for ExpectedFailures\.Sample\.FoundationCases\.ExpectedFailureButCleanupThrows_IsFailed \(replay with SSOT_SEED=\d+\)(\r?\n|$)");

    [Fact]
    public void BaseTestCase_PassingTest_PrintsNoSeedLine() =>
        Result("MetricsLoad.MetricsLoad00.M3").Should().Match<TrxResult>(r => r.Outcome == Passed
            && !r.StdOut.Contains("[ssot] seed", StringComparison.Ordinal)
            && r.StdOut.Contains("[ssot-metric] load_index = 3 index", StringComparison.Ordinal));

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
        json.Should().Contain("\"ExpectedFailure\": 18").And.Contain("\"UnexpectedPass\": 6").And.Contain("\"NotRun\": 1").And.Contain("\"Overdue\": 1")
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

    private static string[] Lines(string text) => text.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n');

    [Fact]
    public void ListedViolations_ShortListing_ReasonListsEveryLineWithSeedAndScanSummary()
    {
        TrxResult r = Result("ListingCases.ShortListing_ReasonListsEveryLine");
        r.Outcome.Should().Be(Skipped);
        string[] lines = Lines(r.Message);
        lines[0].Should().Be("[XFAIL] 3 known SSOT001 violation(s) in the baseline (#5001) — System.InvalidOperationException: 3 SSOT001 violation(s) are in the baseline, pending remediation:");
        lines[1..4].Should().Equal("  - src/Billing/File01.cs:1 Legacy.Clock", "  - src/Billing/File02.cs:2 Legacy.Clock", "  - src/Billing/File03.cs:3 Legacy.Clock");
        // The adapter drops a skipped result's output, so its [ssot] lines travel in the reason.
        r.StdOut.Should().BeEmpty();
        lines[4].Should().MatchRegex(@"^\[ssot\] seed \d+ for ExpectedFailures\.Sample\.ListingCases\.ShortListing_ReasonListsEveryLine \(replay with SSOT_SEED=\d+\)$");
        lines[5].Should().Be("[ssot] scanned src with ssot.json: 3 violation(s)");
        lines.Should().HaveCount(6).And.NotContain(l => l.Contains("more (see", StringComparison.Ordinal));
    }

    [Fact]
    public void ListedViolations_LongListing_ReasonListsTwentyAndPointsToTheReport()
    {
        string[] lines = Lines(Result("ListingCases.LongListing_ReasonCutAtTwenty").Message);
        lines[1].Should().Be("  - src/Billing/File01.cs:1 Legacy.Clock");
        lines[20].Should().Be("  - src/Billing/File20.cs:20 Legacy.Clock");
        lines[21].Should().Be("  … and 5 more (see /reports/import-compliance.md)");
        lines.Should().NotContain(l => l.Contains("File21", StringComparison.Ordinal));
    }

    [Fact]
    public void ListedViolations_CutWithoutReport_PointsToTheBacklogWhichHasTheWholeMessage()
    {
        string[] lines = Lines(Result("ListingCases.LongListingWithoutReport_PointsToTheBacklog").Message);
        lines[21].Should().Be("  … and 2 more (see exceptionMessage in expected-failures.json)");

        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(_run.ReportDirectory, "expected-failures.json")));
        System.Text.Json.JsonElement entry = json.RootElement.GetProperty("entries").EnumerateArray()
            .Single(e => e.GetProperty("displayName").GetString() == "ExpectedFailures.Sample.ListingCases.LongListingWithoutReport_PointsToTheBacklog");
        entry.GetProperty("exceptionMessage").GetString().Should().Contain("  - src/Billing/File22.cs:22 Legacy.Clock");
        entry.GetProperty("message").GetString().Should().Contain("  - src/Billing/File20.cs:20").And.NotContain("File21");
    }

    [Fact]
    public void ListedViolations_Backlog_ListsThePendingLinesUnderTheTable()
    {
        string markdown = File.ReadAllText(Path.Combine(_run.ReportDirectory, "expected-failures.md"));
        markdown.Should().Contain("### ExpectedFailures.Sample.ListingCases.LongListing_ReasonCutAtTwenty\n\n```text\n[XFAIL] 25 known SSOT001")
            .And.Contain("  - src/Billing/File20.cs:20 Legacy.Clock\n  … and 5 more (see /reports/import-compliance.md)\n```");
        markdown.Should().NotContain("### ExpectedFailures.Sample.FactCases.RaisesSubclassMatch_IsSkipped"); // one-line reasons stay in the table
    }

    [Fact]
    public void RunSummary_DefaultVerbosity_NamesTheReportsOnceWithoutAFailingTest()
    {
        string backlog = $"[ssot] expected failures of this run (the backlog): {Path.Combine(_run.ReportDirectory, "expected-failures.md")} (and .json beside it)";
        string metrics = $"[ssot] metrics of this run: {Path.Combine(_run.ReportDirectory, "metrics.md")} (and metrics.json beside it)";
        Lines(_run.Normal.Console).Count(l => l.EndsWith("ExpectedFailures.Sample: " + backlog, StringComparison.Ordinal)).Should().Be(1);
        Lines(_run.Normal.Console).Count(l => l.EndsWith("ExpectedFailures.Sample: " + metrics, StringComparison.Ordinal)).Should().Be(1);
        Lines(_run.Filtered.Console).Should().Contain(l => l.Contains("[ssot] expected failures of this run (the backlog): " + _run.FilteredReportDirectory, StringComparison.Ordinal));
    }

    [Fact]
    public void RunSummary_DiagnosticMessagesTurnedOff_PrintsNoSummary()
    {
        _run.NonStrict.Results.Should().NotBeEmpty();
        _run.NonStrict.Console.Should().NotContain("[ssot] expected failures of this run").And.NotContain("Non-serializable data");
        _run.Normal.Console.Should().Contain("Non-serializable data"); // xUnit's own diagnostic, shown only when they are on
    }

    private JsonElementReader Reports(string directory, string file) => new(Path.Combine(directory, file));

    [Fact]
    public void FilteredRun_AfterAFullRun_BacklogIsMergedAndMarkedPartial()
    {
        using JsonElementReader full = Reports(_run.ReportDirectory, "expected-failures.json");
        using JsonElementReader merged = Reports(_run.FilteredReportDirectory, "expected-failures.json");
        int all = full.Root.GetProperty("entries").GetArrayLength();

        full.Root.GetProperty("partial").GetBoolean().Should().BeFalse();
        merged.Root.GetProperty("partial").GetBoolean().Should().BeTrue();
        merged.Root.GetProperty("entries").GetArrayLength().Should().Be(all);
        merged.Root.GetProperty("notRunThisTime").GetInt32().Should().Be(all - 3);
        merged.Root.GetProperty("counts").GetProperty("ExpectedFailure").GetInt32().Should().Be(3);
        var notRun = merged.Root.GetProperty("entries").EnumerateArray().ToDictionary(e => e.GetProperty("displayName").GetString()!, e => e.GetProperty("notRunThisTime").GetBoolean());
        notRun["ExpectedFailures.Sample.ListingCases.ShortListing_ReasonListsEveryLine"].Should().BeFalse();
        notRun["ExpectedFailures.Sample.FactCases.FailingBody_IsSkipped"].Should().BeTrue();
        notRun.Values.Count(v => !v).Should().Be(3);

        File.ReadAllText(Path.Combine(_run.ReportDirectory, "expected-failures.md")).Should().Contain("Run of ExpectedFailures.Sample: every test listed by earlier runs ran this time").And.NotContain("not run this time |");
        File.ReadAllText(Path.Combine(_run.FilteredReportDirectory, "expected-failures.md")).Should()
            .Contain($"**Partial run** of ExpectedFailures.Sample: {all - 3} entries of earlier runs did not run this time")
            .And.Contain("| ExpectedFailure | Skipped | ExpectedFailures.Sample.FactCases.FailingBody_IsSkipped | legacy duplicate of the pricing rule | #1066 |   | System.InvalidOperationException: duplicate found in Pricing | not run this time |");
        _run.Filtered.ConsoleCounts().Should().Be((0, 0, 3, 3));
    }

    [Fact]
    public void FilteredRun_AfterAFullRun_MetricsAreMergedAndMarkedPartial()
    {
        using JsonElementReader full = Reports(_run.ReportDirectory, "metrics.json");
        using JsonElementReader merged = Reports(_run.FilteredReportDirectory, "metrics.json");
        int ran = full.Root.GetProperty("tests").GetArrayLength();

        full.Root.GetProperty("partial").GetBoolean().Should().BeFalse();
        full.Root.GetProperty("notRunThisTime").GetArrayLength().Should().Be(0);
        merged.Root.GetProperty("partial").GetBoolean().Should().BeTrue();
        var now = merged.Root.GetProperty("tests").EnumerateArray().Select(t => t.GetProperty("test").GetString()!).ToList();
        now.Should().OnlyContain(t => t.StartsWith("ExpectedFailures.Sample.ListingCases.", StringComparison.Ordinal)).And.HaveCount(3);
        merged.Root.GetProperty("notRunThisTime").GetArrayLength().Should().Be(ran - 3);
        var summary = merged.Root.GetProperty("summary").EnumerateArray().ToDictionary(m => m.GetProperty("name").GetString()!, m => m.GetProperty("count").GetInt32());
        summary["listing_lines"].Should().Be(1);
        summary["wall_time"].Should().Be(3); // the summary covers the 3 tests that ran, not the kept ones
        File.ReadAllText(Path.Combine(_run.FilteredReportDirectory, "metrics.md")).Should()
            .Contain($"**Partial run** of ExpectedFailures.Sample: 3 tests ran; {ran - 3} tests of earlier runs did not run this time")
            .And.Contain("| ExpectedFailures.Sample.MetricsLoad.MetricsLoad00.M0 (not run this time) |");
    }

    private sealed class JsonElementReader(string path) : IDisposable
    {
        private readonly System.Text.Json.JsonDocument _document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(path));

        public System.Text.Json.JsonElement Root => _document.RootElement;

        public void Dispose() => _document.Dispose();
    }
}
