using FluentAssertions;
using Ssot.TestFramework.Common;
using Ssot.TestFramework.Metrics;
using Ssot.TestFramework.Testing;

namespace Ssot.TestFramework.Core.Tests.Metrics;

public sealed class MetricBaselineTests : IDisposable
{
    private const string Test = "Kit.Metrics.Sample.Check";

    private static readonly Dictionary<string, string> s_developer = new() { ["SSOT_CI"] = "0" };
    private static readonly Dictionary<string, string> s_ci = new() { ["CI"] = "true" };
    private static readonly Dictionary<string, string> s_update = new() { ["CI"] = "true", ["SSOT_UPDATE_BASELINE"] = "1" };

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ssot-metric-baseline-" + Guid.NewGuid().ToString("N"));

    private string File_ => Path.Combine(_folder, MetricBaseline.DefaultFileName);

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void AtMostBaseline_NoEntryOnADeveloperMachine_RecordsItAndPasses()
    {
        var notes = new List<string>();

        Record(s_developer, 250, notes).AtMostBaseline();

        File.ReadAllText(File_).Should().Be(
            "{\n  \"version\": 1,\n  \"metrics\": [\n    {\n      \"test\": \"Kit.Metrics.Sample.Check\",\n      \"metric\": \"bytes_per_user\",\n      \"unit\": \"bytes\",\n      \"value\": 250\n    }\n  ]\n}\n");
        notes.Should().ContainSingle().Which.Should().Contain($"metric 'bytes_per_user' = 250 bytes recorded in {File_} for {Test} as its accepted figure (a new entry); commit it.");
    }

    [Fact]
    public void AtMostBaseline_NoEntryOnCi_FailsNamingTheFileAndHowToCreateIt()
    {
        Action check = () => Record(s_ci, 250).AtMostBaseline();

        check.Should().Throw<MetricBaselineException>().Which.Message.Should().Be(
            $"Metric 'bytes_per_user' = 250 bytes of {Test} has no accepted figure in the metrics baseline {File_}, and on CI (CI=true) a baseline entry is never created silently. " +
            $"Run the test on a developer machine (or once with SSOT_UPDATE_BASELINE=1) to record it, then commit {File_}.");
        File.Exists(File_).Should().BeFalse();
    }

    [Fact]
    public void AtMostBaseline_AboveFactorTimesAccepted_FailsNamingFigureAcceptedFactorFileAndHowToAccept()
    {
        Record(s_developer, 250).AtMostBaseline();

        Action check = () => Record(s_ci, 751).AtMostBaseline(factor: 3);

        check.Should().Throw<MetricBoundExceededException>().Which.Message.Should().Be(
            $"Metric 'bytes_per_user' = 751 bytes is above its baseline: at most 3 × the accepted 250 bytes = 750 bytes ({Test} in {File_}). " +
            $"If the new figure is intended, accept it with SSOT_UPDATE_BASELINE=1 and commit {File_}.");
    }

    [Theory]
    [InlineData("developer")]
    [InlineData("ci")]
    public void AtMostBaseline_WithinTheFactor_PassesAndLeavesTheFileAsItWas(string where)
    {
        Record(s_developer, 250).AtMostBaseline();
        string before = File.ReadAllText(File_);

        Action check = () => Record(where == "ci" ? s_ci : s_developer, 500).AtMostBaseline(factor: 2);

        check.Should().NotThrow();
        File.ReadAllText(File_).Should().Be(before);
    }

    [Fact]
    public void AtMostBaseline_BetterFigure_IsReportedButNotWritten()
    {
        Record(s_developer, 250).AtMostBaseline();
        var notes = new List<string>();

        Record(s_developer, 100, notes).AtMostBaseline();

        Read().Should().Be(250, "metric figures are noisy: the baseline is tightened only explicitly");
        notes.Should().ContainSingle().Which.Should().Contain("metric 'bytes_per_user' = 100 bytes is better than its accepted 250 bytes")
            .And.Contain("accept it with SSOT_UPDATE_BASELINE=1 and commit");
    }

    [Fact]
    public void AtMostBaseline_UpdateBaseline_AcceptsAWorseFigureEvenOnCi()
    {
        Record(s_developer, 250).AtMostBaseline();
        var notes = new List<string>();

        Record(s_update, 5000, notes).AtMostBaseline();

        Read().Should().Be(5000);
        notes.Should().ContainSingle().Which.Should().Contain($"metric 'bytes_per_user' = 5000 bytes accepted in {File_} for {Test} (was 250 bytes, SSOT_UPDATE_BASELINE=1); commit it.");
    }

    [Fact]
    public void AtMostBaseline_UnitChanged_FailsNamingBothUnits()
    {
        Record(s_developer, 250).AtMostBaseline();

        Action check = () => new MetricRecorder(new MetricBaseline(File_, Env(s_ci)), Test).Record("bytes_per_user", 1, "KiB").AtMostBaseline();

        check.Should().Throw<MetricBaselineException>().WithMessage($"Metric 'bytes_per_user' of {Test} is recorded in KiB, but its accepted figure in {File_} is 250 bytes. Accept the new unit with SSOT_UPDATE_BASELINE=1*");
    }

    [Theory]
    [InlineData("{ \"version\": 1, \"metrics\": [ { \"test\": \"t\", \"metric\": \"m\", \"unit\": \"bytes\", \"value\": \"many\" } ] }", ": $.metrics[0].value must be a finite number of at least 0.")]
    [InlineData("{ \"version\": 1, \"metrics\": [ { \"test\": \"t\", \"metric\": \"m\", \"unit\": \"bytes\", \"value\": 1 }, { \"test\": \"t\", \"metric\": \"m\", \"unit\": \"bytes\", \"value\": 2 } ] }", ": $.metrics[1] repeats $.metrics[0] (test 't', metric 'm'); keep one.")]
    [InlineData("{ \"version\": 1, \"metrics\": [ { \"metric\": \"m\", \"unit\": \"bytes\", \"value\": 1 } ] }", ": $.metrics[0].test is missing or not a non-empty string.")]
    [InlineData("{ \"version\": 2, \"metrics\": [] }", ": $.version is 2, not 1.")]
    [InlineData("{ \"version\": 1 }", ": $.metrics is missing or not an array.")]
    [InlineData("[]", ": not a metrics baseline (expected an object with \"version\": 1 and \"metrics\").")]
    [InlineData("{ \"version\": 1, \"metrics\": [ ", "(1,30): invalid JSON in the metrics baseline: ")]
    public void AtMostBaseline_CorruptBaseline_FailsNamingTheFileAndTheJsonPath(string json, string expected)
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(File_, json);

        Action check = () => Record(s_developer, 250).AtMostBaseline();

        check.Should().Throw<MetricBaselineException>().Which.Message.Should().StartWith(File_ + expected)
            .And.Contain("Repair it, or delete the entry (or the file) and rerun the test on a developer machine to recreate it.");
        File.ReadAllText(File_).Should().Be(json, "a corrupt baseline is never overwritten");
    }

    [Fact]
    public void AtMostBaseline_BaselineIsAFolder_FailsNamingIt()
    {
        Directory.CreateDirectory(File_);

        Action check = () => Record(s_developer, 250).AtMostBaseline();

        check.Should().Throw<MetricBaselineException>().WithMessage($"{File_}: the metrics baseline is a folder, not a file.*");
    }

    [UnixFact]
    public void AtMostBaseline_BaselineIsAFifo_FailsWithoutBlocking()
    {
        Directory.CreateDirectory(_folder);
        Fifo.Make(File_);

        Action check = () => Record(s_developer, 250).AtMostBaseline();

        check.Should().Throw<MetricBaselineException>().WithMessage($"{File_}: not read as a metrics baseline: it is a FIFO*");
    }

    [Fact]
    public async Task AtMostBaseline_ConcurrentTestsWritingDifferentEntries_LoseNone()
    {
        const int Tests = 40;
        using var start = new ManualResetEventSlim();
        Task[] writers = Enumerable.Range(0, Tests).Select(i => Task.Factory.StartNew(
            () =>
            {
                var recorder = new MetricRecorder(new MetricBaseline(File_, Env(s_developer)), $"Kit.Metrics.Parallel.Test{i:00}");
                start.Wait();
                recorder.Record("bytes_per_user", i + 1, "bytes").AtMostBaseline();
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default)).ToArray();

        start.Set();
        await Task.WhenAll(writers);

        IReadOnlyDictionary<(string Test, string Metric), MetricSample> entries = new MetricBaseline(File_, Env(s_ci)).Read();
        entries.Should().HaveCount(Tests);
        entries.Should().Contain(e => e.Key.Test == "Kit.Metrics.Parallel.Test39" && e.Value.Value == 40);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void AtMostBaseline_FactorBelowOneOrNotFinite_ThrowsNamingTheMetric(double factor)
    {
        Action check = () => Record(s_developer, 250).AtMostBaseline(factor);

        check.Should().Throw<ArgumentOutOfRangeException>().WithMessage("The factor of metric 'bytes_per_user' must be a finite number of at least 1*");
        File.Exists(File_).Should().BeFalse();
    }

    [Fact]
    public void AtMostBaseline_UpdateVariableNotAnOnOffValue_FailsNamingTheVariable()
    {
        Action check = () => Record(new Dictionary<string, string> { ["SSOT_UPDATE_BASELINE"] = "maybe" }, 250).AtMostBaseline();

        check.Should().Throw<SsotSettingException>().WithMessage("SSOT_UPDATE_BASELINE='maybe' is not an on/off value*");
    }

    [Fact]
    public void AtMostBaseline_RecorderWithoutBaseline_ThrowsSayingHowToGetOne()
    {
        Action check = () => new MetricRecorder().Record("bytes_per_user", 1, "bytes").AtMostBaseline();

        check.Should().Throw<InvalidOperationException>().WithMessage("Metric 'bytes_per_user' was recorded without a metrics baseline*SsotBaseTestCase.RecordMetric*");
    }

    private static Func<string, string?> Env(Dictionary<string, string> values) => name => values.GetValueOrDefault(name);

    private RecordedMetric Record(Dictionary<string, string> environment, double value, List<string>? notes = null) =>
        new MetricRecorder(new MetricBaseline(File_, Env(environment)), Test, notes is null ? null : notes.Add).Record("bytes_per_user", value, "bytes");

    private double Read() => new MetricBaseline(File_, Env(s_ci)).Read()[(Test, "bytes_per_user")].Value;
}
