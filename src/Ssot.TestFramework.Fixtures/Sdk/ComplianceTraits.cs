using Ssot.TestFramework.ExpectedFailures.Sdk;
using Ssot.TestFramework.Sdk;

namespace Ssot.TestFramework.Fixtures.Sdk;

/// <summary>
/// The discovery-time traits of one suite check besides <c>Category=SsotCompliance</c>: the registry issues its rule
/// can report and whether the committed baseline makes it an expected failure. Immutable.
/// </summary>
/// <param name="Issues">The <c>Issue</c> trait values, ordinal order; empty for none.</param>
/// <param name="ExpectedToFail">Whether the check also carries <c>Category=ExpectedToFail</c>.</param>
internal sealed record ComplianceTraits(IReadOnlyList<string> Issues, bool ExpectedToFail)
{
    public const string Category = "SsotCompliance";

    /// <summary>Gets the traits of a check with no registry facts: <c>Category=SsotCompliance</c> only.</summary>
    public static ComplianceTraits None { get; } = new([], false);

    /// <summary>Adds the traits to a test case's trait table.</summary>
    /// <param name="traits">The table (xUnit's <c>Traits</c>).</param>
    public void ApplyTo(Dictionary<string, List<string>> traits)
    {
        ExpectedFailureTraits.Add(traits, "Category", Category);
        if (ExpectedToFail)
        {
            ExpectedFailureTraits.Add(traits, "Category", ExpectedFailureTraits.Category);
        }

        foreach (string issue in Issues)
        {
            ExpectedFailureTraits.Add(traits, "Issue", issue);
        }
    }
}
