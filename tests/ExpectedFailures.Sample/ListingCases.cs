using Ssot.TestFramework;
using Ssot.TestFramework.ExpectedFailures;

namespace ExpectedFailures.Sample;

/// <summary>Expected failures whose message lists what is pending, as the import suite's does.</summary>
public sealed class ListingCases(ITestOutputHelper output) : SsotBaseTestCase(output)
{
    public const string DetailsPath = "/reports/import-compliance.md";

    private static string Listing(int count) =>
        $"{count} SSOT001 violation(s) are in the baseline, pending remediation:{Environment.NewLine}"
        + string.Join(Environment.NewLine, Enumerable.Range(1, count).Select(i => $"  - src/Billing/File{i:00}.cs:{i} Legacy.Clock"));

    [SsotFact]
    public void ShortListing_ReasonListsEveryLine()
    {
        Output.WriteLine("[ssot] scanned src with ssot.json: 3 violation(s)");
        RecordMetric("listing_lines", 3, "lines");
        ExpectedFailure.Declare("3 known SSOT001 violation(s) in the baseline", "#5001", detailsPath: DetailsPath);
        throw new InvalidOperationException(Listing(3));
    }

    [SsotFact]
    public void LongListing_ReasonCutAtTwenty()
    {
        ExpectedFailure.Declare("25 known SSOT001 violation(s) in the baseline", "#5002", detailsPath: DetailsPath);
        throw new InvalidOperationException(Listing(25));
    }

    [SsotFact]
    public void LongListingWithoutReport_PointsToTheBacklog()
    {
        ExpectedFailure.Declare("22 known violation(s)", "#5003");
        throw new InvalidOperationException(Listing(22));
    }
}
