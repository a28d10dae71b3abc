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
        Add(traits, "Category", Category);
        if (ExpectedToFail)
        {
            Add(traits, "Category", Ssot.TestFramework.Sdk.ExpectedFailureTraits.Category);
        }

        foreach (string issue in Issues)
        {
            Add(traits, "Issue", issue);
        }
    }

    private static void Add(Dictionary<string, List<string>> traits, string name, string value)
    {
        if (!traits.TryGetValue(name, out List<string>? values))
        {
            values = [];
            traits[name] = values;
        }

        if (!values.Contains(value, StringComparer.Ordinal))
        {
            values.Add(value);
        }
    }
}
