using Ssot.TestFramework;
using Ssot.TestFramework.Fixtures.Suites;
using Ssot.TestFramework.ExpectedFailures;

namespace SuiteTraits.Sample;

/// <summary>Names its registry for discovery: each rule's check carries the registry issues it can report.</summary>
[SsotRegistry("Tree/ssot.json")]
public sealed class TrackedImports(ITestOutputHelper output) : ImportComplianceSuite(output)
{
    protected override string RegistryPath => "Tree/ssot.json";
}

/// <summary>The plain override without the attribute: Category=SsotCompliance only, the same verdicts.</summary>
public sealed class PlainImports(ITestOutputHelper output) : ImportComplianceSuite(output)
{
    protected override string RegistryPath => "Tree/ssot.json";
}

/// <summary>A registry that does not exist: discovery still lists every check; each one fails naming the file.</summary>
[SsotRegistry("Tree/missing.json")]
public sealed class MissingRegistryImports(ITestOutputHelper output) : ImportComplianceSuite(output)
{
    protected override string RegistryPath => "Tree/missing.json";
}

/// <summary>Tests that are no suite check.</summary>
public sealed class OtherTests
{
    [Fact]
    public void Plain_IsNoCheck() => Assert.Equal(2, "ab".Length);

    [ExpectedToFailFact("tracked elsewhere", Issue = "#1066")]
    public void Marked_CarriesItsOwnIssue() => throw new InvalidOperationException("still broken");
}
