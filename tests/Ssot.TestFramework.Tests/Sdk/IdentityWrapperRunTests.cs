using System.Text.RegularExpressions;
using FluentAssertions;
using Ssot.TestFramework.Testing;

namespace Ssot.TestFramework.Tests.Sdk;

/// <summary>
/// A wrapping output helper and no kit test framework, in a real `dotnet test` run (tests/IdentityWrapper.Sample):
/// nothing fails in its constructor, the kit's attributes give the full identity, and a plain [Fact] gets the class's
/// identity, a deterministic seed that SSOT_SEED overrides, and its metrics.
/// </summary>
public sealed partial class IdentityWrapperRunTests(IdentityWrapperRunFixture run) : IClassFixture<IdentityWrapperRunFixture>
{
    private const string Class = "IdentityWrapper.Sample.WrappedCases";

    public static TheoryData<string, string, string> KitTests => new()
    {
        { "KitFact", "KitFact", $"{Class}.KitFact" },
        { "KitTheory(row: 1)", "KitTheory", $"{Class}.KitTheory(row: 1)" },
        { "KitTheory(row: 2)", "KitTheory", $"{Class}.KitTheory(row: 2)" },
    };

    [Fact]
    public void Run_WrappingHelper_EveryTestPasses()
    {
        run.First.Counters["failed"].Should().Be(0, run.First.Console);
        run.First.Counters["passed"].Should().Be(5, run.First.Console);
    }

    [Theory]
    [MemberData(nameof(KitTests))]
    public void Identity_KitAttributeWithWrappingHelper_IsFullAndSeedsFromIt(string test, string method, string display)
    {
        var expected = new SsotTestIdentity(Class, method, display);

        Printed(run.First, test).Should().Be((expected, SsotSeed.Derive(expected)));
        run.First[$"{Class}.{test}"].StdOut.Should().NotContain("[ssot] seed", "the kit's runner shows the seed line only when the test fails (docs/base-test-case.md)");
    }

    [Theory]
    [InlineData("PlainFact")]
    [InlineData("OtherPlainFact")]
    public void Identity_PlainFactWithWrappingHelperAndNoKitFramework_IsTheClassAndSeedIsDeterministic(string test)
    {
        var expected = new SsotTestIdentity(Class, "(test method unknown)", Class);

        Printed(run.First, test).Should().Be((expected, SsotSeed.Derive(expected)));
        Printed(run.Second, test).Should().Be(Printed(run.First, test), "the same test gets the same seed in every run");
        run.First[$"{Class}.{test}"].StdOut.Should().Contain($"[log] [ssot] seed {SsotSeed.Derive(expected)} for {Class} (replay with SSOT_SEED={SsotSeed.Derive(expected)})",
            "without a kit bus that would show it on failure, the seed line is written at the start");
    }

    [Theory]
    [InlineData("PlainFact")]
    [InlineData("KitFact")]
    public void Seed_SsotSeedSet_OverridesEveryKindOfTest(string test) =>
        Printed(run.Overridden, test).Seed.Should().Be(IdentityWrapperRunFixture.SeedOverride);

    [Fact]
    public void Metrics_PlainFactWithWrappingHelper_AreRecordedUnderTheClass()
    {
        // The journal, not metrics.json: without the kit's test framework (this sample turns it off) the aggregated
        // files are rewritten in the background and at process exit, which VSTest can cut short (docs/metrics.md);
        // the journal is where every test's metrics are recorded first.
        string metrics = File.ReadAllText(Path.Combine(run.ReportDirectory, Ssot.TestFramework.Metrics.MetricsStore.JournalFileName));

        metrics.Should().Contain($"\"{Class}\"", "a plain [Fact] that cannot know its method is recorded under its class");
        metrics.Should().Contain($"\"{Class}.KitFact\"");
    }

    private static (SsotTestIdentity Identity, int Seed) Printed(TrxRun trx, string test)
    {
        Match line = IdentityLine().Match(trx[$"{Class}.{test}"].StdOut);
        line.Success.Should().BeTrue($"the test {test} prints its identity:\n{trx[$"{Class}.{test}"].StdOut}");
        return (new SsotTestIdentity(line.Groups[1].Value, line.Groups[2].Value, line.Groups[3].Value), int.Parse(line.Groups[4].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"\[log\] \[identity\] ([^|\r\n]+)\|([^|\r\n]+)\|([^|\r\n]+)\|(-?\d+)")]
    private static partial Regex IdentityLine();
}
