using System.Text.RegularExpressions;
using System.Xml.Linq;
using FluentAssertions;
using Ssot.TestFramework.Testing;

namespace Ssot.TestFramework.Packaging.Tests;

/// <summary>
/// The package version as MSBuild evaluates it for a shipped project (no pack, no build: <c>dotnet msbuild</c> evaluates
/// and runs one target, writing nothing): the documented suffix, an explicit version, and the refusal of a pack with
/// neither.
/// </summary>
public sealed partial class PackageVersionTests
{
    private static readonly string s_project = Path.Combine(KitPaths.RepositoryRoot(), "src", "Ssot.TestFramework.Common", "Ssot.TestFramework.Common.csproj");

    private static string Prefix => (string)XDocument.Load(Path.Combine(KitPaths.RepositoryRoot(), "Directory.Build.props")).Descendants("VersionPrefix").Single();

    [Fact]
    public void PackageVersion_DocumentedDateTimeSuffix_IsPrefixDashSuffix()
    {
        (int code, string output) = Msbuild("-getProperty:PackageVersion", "-p:VersionSuffix=dev.20261201.140512");

        code.Should().Be(0, output);
        output.Trim().Should().Be(Prefix + "-dev.20261201.140512");
    }

    [Fact]
    public void PackageVersion_ExplicitVersion_WinsOverThePrefix()
    {
        (int code, string output) = Msbuild("-getProperty:PackageVersion", "-p:Version=2.3.4");

        code.Should().Be(0, output);
        output.Trim().Should().Be("2.3.4");
    }

    [Fact]
    public void RequirePackageVersion_NeitherSuffixNorVersion_FailsWithTheDocumentedCommand()
    {
        (int code, string output) = Msbuild("-t:SsotRequirePackageVersion");

        code.Should().Be(1, output);
        output.Should().Contain("error SSOTPKG002: Ssot.TestFramework.Common: no package version given")
            .And.Contain("--version-suffix dev.")
            .And.Contain("-p:Version=X.Y.Z (docs/packaging.md)");
        DateTimeSuffix().IsMatch(output).Should().BeTrue("the message's example suffix is dev.yyyyMMdd.HHmmss:\n" + output);
        File.ReadAllText(Path.Combine(KitPaths.RepositoryRoot(), "docs", "packaging.md"))
            .Should().Contain("--version-suffix \"dev.$(date -u +%Y%m%d.%H%M%S)\"", "the page documents the same command");
    }

    [Theory]
    [InlineData("-p:VersionSuffix=dev.1")]
    [InlineData("-p:Version=1.0.0")]
    public void RequirePackageVersion_SuffixOrVersionGiven_Passes(string given)
    {
        (int code, string output) = Msbuild("-t:SsotRequirePackageVersion", given);

        code.Should().Be(0, output);
        output.Should().NotContain("SSOTPKG002");
    }

    private static (int Code, string Output) Msbuild(params string[] args) =>
        DotnetCli.Run(Path.GetDirectoryName(s_project)!, ["msbuild", s_project, "-nologo", "-nodeReuse:false", .. args], new Dictionary<string, string?> { ["Version"] = null, ["VersionSuffix"] = null, ["PackageVersion"] = null });

    [GeneratedRegex(@"--version-suffix dev\.\d{8}\.\d{6},")]
    private static partial Regex DateTimeSuffix();
}
