using FluentAssertions;
using Ssot.TestFramework.Compliance.Rules;
using Ssot.TestFramework.Testing;

namespace Ssot.TestFramework.Compliance.Tests.Rules;

public sealed class SsotScannerTreeTests
{
    private readonly ITestOutputHelper _output;

    public SsotScannerTreeTests(ITestOutputHelper output) => _output = output;

    [Theory]
    [InlineData("Usage")]
    [InlineData("Structure")]
    [InlineData("Legacy")]
    [InlineData("Remediated")]
    public void Scan_CheckedInTree_ReportsExactlyTheMarkedLines(string tree)
    {
        ScanResult result = TreeFixture.Scan(tree);
        foreach (Violation v in result.Violations)
        {
            _output.WriteLine($"{v.RuleId} {v.Location} {v.Symbol} [{v.EnclosingMember}] {v.Reached}");
        }

        result.Diagnostics.Should().BeEmpty();
        TreeFixture.Actual(result).Should().BeEquivalentTo(TreeFixture.Expected(tree));
    }
}
