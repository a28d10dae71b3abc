using FluentAssertions;
using Ssot.TestFramework.Cli;
using Ssot.TestFramework.Compliance.Run;
using Ssot.TestFramework.Fixtures.Suites;
using Ssot.TestFramework.Testing;

namespace Ssot.TestFramework.Cli.Tests;

/// <summary>The <c>ssot</c> tool and <c>ImportComplianceSuite</c> run one pipeline: the same request, the same bytes.</summary>
public sealed class ComplianceRunHostsTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "ssot-hosts-" + Guid.NewGuid().ToString("N"));

    [Theory]
    [InlineData("md")]
    [InlineData("json")]
    [InlineData("sarif")]
    public void Reports_SameRequestFromCliAndSuite_AreByteIdentical(string format)
    {
        string tree = Path.Combine(_root, "Legacy");
        KitPaths.CopyDirectory(TreeFixture.PathOf("Legacy"), tree);
        string baseline = Path.Combine(_root, "ssot.baseline.json");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Trees", "Legacy.baseline.json"), baseline);
        string registry = Path.Combine(tree, "ssot.json");
        // Both hosts stamp the run's date into the header; SOURCE_DATE_EPOCH fixes it, so the bytes cannot differ by the minute.
        Func<string, string?> ci = name => name switch { "CI" => "true", "SOURCE_DATE_EPOCH" => "1764547200", _ => null };

        ComplianceRequest suite = ImportScanCache.Request(registry, tree, baseline, "import-compliance", "Debug", ci, Path.Combine(_root, "suite"));
        _ = ComplianceRun.Execute(suite);
        string cliOut = Path.Combine(_root, "cli", "report." + format);
        int code = Program.Run(["scan", tree, "--registry", registry, "--baseline", baseline, "--format", format, "--out", cliOut], TextWriter.Null, TextWriter.Null, ci);

        code.Should().Be(Program.ViolationsFound, "the legacy tree has violations the baseline does not list under the repository root");
        string suiteOut = suite.Reports.Single(r => r.Format == format).Path;
        File.ReadAllBytes(cliOut).Should().Equal(File.ReadAllBytes(suiteOut));
        File.ReadAllText(cliOut).Should().Contain("Orders/Checkout.cs").And.Contain(format == "md" ? "| Date | 2025-12-01 00:00 UTC |" : "2025-12-01T00:00:00Z");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
