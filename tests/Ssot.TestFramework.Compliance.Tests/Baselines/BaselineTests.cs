using FluentAssertions;
using Ssot.TestFramework.Common;
using Ssot.TestFramework.Compliance.Baselines;
using Ssot.TestFramework.Compliance.Rules;
using Ssot.TestFramework.Testing;

namespace Ssot.TestFramework.Compliance.Tests.Baselines;

public sealed class BaselineTests
{
    private static Violation V(string file, int line, string member = "A.M()", string symbol = "T:Old", string rule = "SSOT001") =>
        new(rule, file, line, 5, symbol, "direct reference", "New", null, member, "msg");

    private static string TempFile() => Path.Combine(Directory.CreateTempSubdirectory("ssot-baseline-").FullName, "ssot-baseline.json");

    [Fact]
    public void Load_MissingFile_ReturnsMissingStatusNotError()
    {
        BaselineLoadResult result = BaselineFile.Load(TempFile());

        result.IsMissing.Should().BeTrue();
        result.Baseline.TotalCount.Should().Be(0);
    }

    [Theory]
    [InlineData("{ not json", "invalid JSON")]
    [InlineData("{\"version\": 2, \"entries\": []}", "$.version 2 is not supported; this ssot reads version 1")]
    [InlineData("{\"version\": 1.0, \"entries\": []}", "$.version is 1.0, not the integer 1")]
    [InlineData("{\"entries\": []}", "not an SSOT baseline")]
    [InlineData("{\"version\": 1, \"entries\": [{\"rule\":\"SSOT001\",\"file\":\"a.cs\",\"member\":\"M\",\"symbol\":\"T:X\",\"count\":1.0}]}", "$.entries[0].count must be an integer")]
    [InlineData("{\"version\": 1, \"entries\": [{\"rule\":\"SSOT001\",\"file\":\"a.cs\",\"member\":\"M\",\"symbol\":\"T:X\",\"count\":99999999999}]}", "$.entries[0].count must be an integer")]
    [InlineData("{\"version\": 1, \"entries\": [{\"rule\":\"SSOT001\",\"file\":\"a.cs\",\"member\":\"M\",\"symbol\":\"T:X\",\"count\":5,\"count\":1}]}", "$.entries[0]: the key 'count' is given twice")]
    [InlineData("{\"version\": 1}", "$.entries is missing")]
    [InlineData("{\"version\": 1, \"entries\": [{\"rule\":\"SSOT001\",\"file\":\"a.cs\",\"member\":\"M\",\"symbol\":\"T:X\",\"count\":0}]}", "$.entries[0].count")]
    [InlineData("{\"version\": 1, \"entries\": [{\"rule\":\"SSOT001\",\"file\":\"a.cs\",\"symbol\":\"T:X\",\"count\":1}]}", "$.entries[0].member")]
    public void Load_CorruptFile_ThrowsNamingFileAndProblem(string content, string problem)
    {
        string path = TempFile();
        File.WriteAllText(path, content);

        Action act = () => BaselineFile.Load(path);

        act.Should().Throw<BaselineFormatException>().Where(e => e.Message.StartsWith(path, StringComparison.Ordinal) && e.Message.Contains(problem, StringComparison.Ordinal));
    }

    [Fact]
    public void Write_ThenLoad_RoundTripsSortedAndDeterministic()
    {
        string path = TempFile();
        var baseline = Baseline.FromViolations([V("b.cs", 3), V("a.cs", 9), V("a.cs", 1), V("a.cs", 2, rule: "SSOT002")]);

        BaselineFile.Write(path, baseline);
        string first = File.ReadAllText(path);
        BaselineFile.Write(path, BaselineFile.Load(path).Baseline);

        File.ReadAllText(path).Should().Be(first);
        first.Should().NotContain("\r").And.NotContain("\"line\"");
        BaselineFile.Load(path).Baseline.Entries.Select(e => $"{e.Key.Rule} {e.Key.File} {e.Count}")
            .Should().Equal("SSOT001 a.cs 2", "SSOT001 b.cs 1", "SSOT002 a.cs 1");
    }

    [Fact]
    public void Compare_LineMovesWithinMember_StayKnown()
    {
        var baseline = Baseline.FromViolations([V("a.cs", 10)]);

        var c = BaselineComparison.Compare([V("a.cs", 42)], baseline);

        c.IsCompliant.Should().BeTrue();
        c.KnownViolations.Should().ContainSingle();
        c.FixedEntries.Should().BeEmpty();
    }

    [Fact]
    public void Compare_ExtraOccurrenceAndNewMember_AreNew()
    {
        var baseline = Baseline.FromViolations([V("a.cs", 10)]);

        var c = BaselineComparison.Compare([V("a.cs", 10), V("a.cs", 12), V("a.cs", 30, member: "A.Other()")], baseline);

        c.IsCompliant.Should().BeFalse();
        c.KnownViolations.Should().ContainSingle().Which.Line.Should().Be(10);
        c.NewViolations.Select(v => v.Line).Should().Equal(12, 30);
    }

    [Fact]
    public void Compare_FixedViolations_AreReportedAndTightenedNeverRaised()
    {
        var baseline = Baseline.FromViolations([V("a.cs", 1), V("a.cs", 2), V("b.cs", 1)]);

        var c = BaselineComparison.Compare([V("a.cs", 1), V("c.cs", 1)], baseline);
        Baseline tightened = c.Tightened();

        c.FixedEntries.Select(f => $"{f.Key.File} {f.BaselineCount}->{f.ActualCount}").Should().Equal("a.cs 2->1", "b.cs 1->0");
        tightened.Entries.Select(e => $"{e.Key.File} {e.Count}").Should().Equal("a.cs 1");
    }

    [Fact]
    public void Compare_LegacyTreeAgainstItsOwnBaseline_IsCompliant()
    {
        ScanResult legacy = TreeFixture.Scan("Legacy");

        var c = BaselineComparison.Compare(legacy.Violations, Baseline.FromViolations(legacy.Violations));

        legacy.Violations.Should().NotBeEmpty();
        c.IsCompliant.Should().BeTrue();
        c.KnownViolations.Should().HaveCount(legacy.Violations.Count);
    }

    [Theory]
    [InlineData(false, null, null, RatchetAction.Create)]
    [InlineData(true, null, null, RatchetAction.Tighten)]
    [InlineData(false, "true", null, RatchetAction.None)]
    [InlineData(true, "true", null, RatchetAction.None)]
    [InlineData(false, "true", "1", RatchetAction.Create)]
    [InlineData(true, "true", "1", RatchetAction.Accept)]
    [InlineData(true, null, "1", RatchetAction.Accept)]
    public void Decide_Environment_FollowsPolicy(bool exists, string? ci, string? update, RatchetAction expected)
    {
        var env = new Dictionary<string, string?> { ["CI"] = ci, ["SSOT_UPDATE_BASELINE"] = update };

        RatchetPolicy.Decide(exists, k => env.GetValueOrDefault(k)).Should().Be(expected);
    }
}
