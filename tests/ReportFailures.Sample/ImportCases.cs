using Ssot.TestFramework.Fixtures.Suites;

namespace ReportFailures.Sample;

/// <summary>The six rules over Tree/ without a baseline: SSOT001 fails on Uses.cs, the others pass.</summary>
public sealed class ImportCases(ITestOutputHelper output) : ImportComplianceSuite(output)
{
    protected override string RegistryPath => Path.Combine(AppContext.BaseDirectory, "Tree", "ssot.json");

    protected override string? BaselinePath => null;
}
