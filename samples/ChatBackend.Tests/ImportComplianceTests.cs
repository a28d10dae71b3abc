using Ssot.TestFramework.Fixtures.Suites;

namespace Chat.Tests;

/// <summary>SSOT001–SSOT006 over the backend's sources; known violations live in ssot.baseline.json (issue #1066).</summary>
public sealed class ImportComplianceTests(ITestOutputHelper output) : ImportComplianceSuite(output)
{
    protected override string RegistryPath => "ssot.json";

    protected override string SourceRoot => "../ChatBackend";

    protected override string? BaselinePath => "ssot.baseline.json";
}
