using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using FluentAssertions;

namespace Ssot.TestFramework.Packaging.Tests;

/// <summary>
/// The metadata of the packed packages as a feed or nuget.org shows it: repository, project URL, license, README with
/// absolute links, symbol packages, and the dependency ranges documented in <c>docs/packaging.md</c>.
/// </summary>
[Collection(PackedPackagesCollection.Name)]
public sealed partial class PackageMetadataTests(PackedPackagesFixture fixture)
{
    private static readonly string[] s_libraries = PackedPackagesFixture.Projects.Where(p => p != "Ssot.TestFramework.Cli").ToArray();

    private string RepositoryUrl => (string)XDocument.Load(Path.Combine(fixture.RepositoryRoot, "Directory.Build.props")).Descendants("SsotRepositoryUrl").Single();

    [Fact]
    public void Nuspec_EveryPackage_DeclaresRepositoryProjectUrlLicenseAndReadme()
    {
        RepositoryUrl.Should().StartWith("https://");
        foreach (string id in PackedPackagesFixture.Projects)
        {
            XElement metadata = Nuspec(id);
            XElement repository = Element(metadata, "repository");
            ((string?)repository.Attribute("type")).Should().Be("git", id);
            ((string?)repository.Attribute("url")).Should().Be(RepositoryUrl, id);
            ((string?)repository.Attribute("commit")).Should().MatchRegex("^[0-9a-f]{40}$", $"{id} records the commit it was packed from");
            ((string)Element(metadata, "projectUrl")).Should().Be(RepositoryUrl, id);
            XElement license = Element(metadata, "license");
            ((string?)license.Attribute("type")).Should().Be("expression", id);
            ((string)license).Should().Be("MIT", id);
            ((string)Element(metadata, "readme")).Should().Be("README.md", id);
        }
    }

    [Fact]
    public void Readme_EveryPackage_LinksOnlyAbsolutelyIntoTheRepository()
    {
        foreach (string id in PackedPackagesFixture.Projects)
        {
            string readme = Entry(id, "README.md");
            Links(readme).Should().NotBeEmpty($"{id}'s README links to its docs")
                .And.OnlyContain(l => l.StartsWith(RepositoryUrl, StringComparison.Ordinal), $"{id}'s README is read on a feed, where only absolute links work");
            readme.Should().NotContainEquivalentOf("see the repository README", id);
            readme.Should().NotMatchRegex(@"(?<!/blob/main/)\bdocs/[a-z-]+\.md", $"{id}'s README names no doc page by a relative path");
        }
    }

    [Fact]
    public void Links_RelativeLinkInAReadme_IsFound()
    {
        Links("See [the rules](docs/import-rules.md) and [home](https://example.org/x).").Should().Equal("docs/import-rules.md", "https://example.org/x");
    }

    [Fact]
    public void Snupkg_EveryPackage_HasASymbolPackageWithItsPdb()
    {
        foreach (string id in PackedPackagesFixture.Projects)
        {
            string snupkg = Path.ChangeExtension(fixture.Package(id), ".snupkg");
            File.Exists(snupkg).Should().BeTrue($"{id} packs its symbols as {Path.GetFileName(snupkg)}");
            using ZipArchive zip = ZipFile.OpenRead(snupkg);
            string assembly = id == "Ssot.TestFramework.Cli" ? "ssot" : id;
            zip.Entries.Select(e => e.FullName).Should().Contain(n => n.EndsWith("/" + assembly + ".pdb", StringComparison.Ordinal), $"{id}.snupkg holds {assembly}.pdb");
        }
    }

    [Fact]
    public void Dependencies_MoqAndBogus_AreOpenRangesFromTheTestedFloors()
    {
        Dictionary<string, string> kit = Dependencies("Ssot.TestFramework.Core");
        kit.Should().Contain("Moq", "4.13.1").And.Contain("Bogus", "28.4.4");
        string page = File.ReadAllText(Path.Combine(fixture.RepositoryRoot, "docs", "packaging.md"));
        page.Should().Contain("4.13.1 or later, **except 4.20.0 and 4.20.1**").And.Contain("28.4.4 or later");

        Dependencies("Ssot.TestFramework.Fixtures").Keys.Should().BeEquivalentTo(
            ["Ssot.TestFramework", "Ssot.TestFramework.Compliance"], "Fixtures must not turn the kit's own pins (Moq 4.20.72, Bogus 34.0.2) into dependencies that override the ranges");
    }

    [Fact]
    public void Dependencies_NoPackage_DependsOnFluentAssertions()
    {
        foreach (string id in PackedPackagesFixture.Projects)
        {
            Dependencies(id).Keys.Should().NotContain(k => k.StartsWith("FluentAssertions", StringComparison.OrdinalIgnoreCase), id);
            using ZipArchive zip = ZipFile.OpenRead(fixture.Package(id));
            zip.Entries.Should().NotContain(e => e.Name.StartsWith("FluentAssertions", StringComparison.OrdinalIgnoreCase), id);
        }

        File.ReadAllText(Path.Combine(fixture.RepositoryRoot, "docs", "packaging.md")).Should().Contain("**FluentAssertions is not a dependency** of any package");
    }

    [Fact]
    public void Dependencies_Compliance_PinsTheOneRoslynTheDocsName()
    {
        string pin = (string)XDocument.Load(Path.Combine(fixture.RepositoryRoot, "Directory.Packages.props")).Descendants("PackageVersion")
            .Single(e => (string?)e.Attribute("Include") == "Microsoft.CodeAnalysis.CSharp").Attribute("Version")!;

        Dependencies("Ssot.TestFramework.Compliance").Should().Contain("Microsoft.CodeAnalysis.CSharp", pin);
        File.ReadAllText(Path.Combine(fixture.RepositoryRoot, "docs", "packaging.md")).Should().Contain($"| Microsoft.CodeAnalysis.CSharp | **{pin}**, pinned by design |");
        Entry("Ssot.TestFramework.Compliance", "README.md").Should().Contain($"Microsoft.CodeAnalysis.CSharp {pin}");
    }

    [Fact]
    public void Package_SsotTestFramework_CarriesTheMoqGuardAsBuildTransitive()
    {
        Entry("Ssot.TestFramework", "buildTransitive/Ssot.TestFramework.targets").Should().Contain("Ssot.TestFramework.Moq.targets");
        Entry("Ssot.TestFramework", "buildTransitive/Ssot.TestFramework.Moq.targets").Should().Contain("SSOTPKG001");
    }

    private static XElement Element(XElement parent, string name) =>
        parent.Elements().SingleOrDefault(e => e.Name.LocalName == name) ?? throw new InvalidOperationException($"the nuspec has no <{name}>:\n{parent}");

    private static IReadOnlyList<string> Links(string markdown) => [.. MarkdownLink().Matches(markdown).Select(m => m.Groups[1].Value)];

    [GeneratedRegex(@"\]\(([^)\s]+)\)")]
    private static partial Regex MarkdownLink();

    private string Entry(string id, string path)
    {
        using ZipArchive zip = ZipFile.OpenRead(fixture.Package(id));
        ZipArchiveEntry entry = zip.GetEntry(path) ?? throw new InvalidOperationException($"{id} has no {path}: {string.Join(", ", zip.Entries.Select(e => e.FullName))}");
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }

    private XElement Nuspec(string id)
    {
        using ZipArchive zip = ZipFile.OpenRead(fixture.Package(id));
        ZipArchiveEntry nuspec = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.OrdinalIgnoreCase) && !e.FullName.Contains('/', StringComparison.Ordinal));
        using Stream stream = nuspec.Open();
        return XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
    }

    /// <summary>The dependencies (ID to version range as written) the package's nuspec declares.</summary>
    private Dictionary<string, string> Dependencies(string id) =>
        Nuspec(id).Descendants().Where(e => e.Name.LocalName == "dependency")
            .ToDictionary(e => (string)e.Attribute("id")!, e => (string)e.Attribute("version")!, StringComparer.Ordinal);
}
