using System.IO.Compression;
using System.Security;
using System.Text.Json;
using System.Xml.Linq;
using FluentAssertions;
using Moq;
using Ssot.TestFramework.Testing;

namespace Ssot.TestFramework.Packaging.Tests;

/// <summary>
/// The lowest Moq and Bogus that the packed <c>Ssot.TestFramework</c> declares, used for real: a consumer test project
/// that references exactly those floors builds and runs the kit's strict mocks and fakers; and the buildTransitive guard
/// fails the build of a project that resolves Moq 4.20.0 or 4.20.1 (SponsorLink).
/// </summary>
/// <remarks>
/// The SponsorLink versions are not served, so the guard test packs a stand-in <c>Moq 4.20.0</c>/<c>4.20.1</c> into a
/// private feed and restores into a private packages folder (the machine's folder is only a fallback), so the stand-in
/// never reaches the machine's NuGet cache.
/// </remarks>
[Collection(PackedPackagesCollection.Name)]
public sealed class DependencyFloorTests(PackedPackagesFixture fixture, ITestOutputHelper output)
{
    private static readonly TimeSpan s_step = TimeSpan.FromMinutes(8);

    [Fact]
    public void Consumer_OnTheDeclaredFloorsOfMoqAndBogus_BuildsAndRunsStrictMocksAndFakers()
    {
        string moq = FloorOf("Moq");
        string bogus = FloorOf("Bogus");
        string root = NewRoot("ssot-floors-");
        try
        {
            WriteIsolation(root, NuGetConfig(("ssot-feed", fixture.Feed, ["Ssot.TestFramework*"]), ("nuget.org", "https://api.nuget.org/v3/index.json", ["*"])));
            Write(root, "Floors.Tests/Floors.Tests.csproj", fixture.TestProject("Ssot.TestFramework", "<TreatWarningsAsErrors>true</TreatWarningsAsErrors>", ("Moq", moq), ("Bogus", bogus)));
            Write(root, "Floors.Tests/FloorTests.cs", """
                using System.Reflection;
                using Moq;
                using Ssot.TestFramework;
                using Ssot.TestFramework.Mocks;
                using Xunit;
                using Xunit.Abstractions;

                namespace Floors.Tests;

                public interface IClock
                {
                    DateTime Now();
                }

                public sealed class Person
                {
                    public string Name { get; set; } = string.Empty;
                }

                public sealed class FloorTests(ITestOutputHelper output) : SsotBaseTestCase(output)
                {
                    [Fact]
                    public void Versions_Loaded_AreTheFloors()
                    {
                        Output.WriteLine("loaded Moq " + Informational(typeof(Mock).Assembly));
                        Output.WriteLine("loaded Bogus " + Informational(typeof(Bogus.Faker).Assembly));
                    }

                    private static string Informational(Assembly assembly) =>
                        assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? assembly.GetName().Version!.ToString(3);

                    [Fact]
                    public void StrictMock_SetupUsed_Passes()
                    {
                        Mock<IClock> clock = Mocks.Create<IClock>();
                        clock.Setup(c => c.Now()).Returns(new DateTime(2025, 1, 1));
                        Assert.Equal(2025, clock.Object.Now().Year);
                    }

                    [Fact]
                    public void StrictMock_CallWithoutSetup_Throws()
                    {
                        Mock<IClock> clock = Mocks.Create<IClock>();
                        Assert.Throws<MockException>(() => clock.Object.Now());
                    }

                    [Fact]
                    public void StrictMock_SetupNeverCalled_FailsAtTheEnd()
                    {
                        Mock<IClock> clock = Mocks.Create<IClock>();
                        clock.Setup(c => c.Now()).Returns(DateTime.MinValue);
                    }

                    [Fact]
                    public void Fakers_SameFactorySeed_SameData()
                    {
                        var again = new SsotMockFactory(Seed);
                        Assert.Equal(Mocks.Faker().Name.FirstName(), again.Faker().Name.FirstName());
                        Person person = Mocks.Fake<Person>().RuleFor(p => p.Name, f => f.Name.FullName()).Generate();
                        Assert.False(string.IsNullOrWhiteSpace(person.Name));
                    }
                }

                """);
            string results = Path.Combine(root, "results");
            (int code, string console) = DotnetCli.Run(
                root,
                ["test", "Floors.Tests", "--logger", "trx;LogFileName=floors.trx", "--results-directory", results, "--disable-build-servers"],
                new Dictionary<string, string?> { ["SSOT_CI"] = "0", ["SSOT_SEED"] = null, ["SSOT_RESULTS_DIR"] = Path.Combine(root, "ssot-results") },
                s_step);
            output.WriteLine(console);
            string trx = Path.Combine(results, "floors.trx");
            File.Exists(trx).Should().BeTrue($"the floors consumer must build and run (exit code {code}):\n{console}");
            var run = TrxRun.Load(trx, console);

            code.Should().Be(1, "exactly one test fails on purpose");
            console.Should().NotContain("SSOTPKG001", "the floor is not a SponsorLink version");
            Libraries(Path.Combine(root, "Floors.Tests", "obj", "project.assets.json")).Should().Contain([$"Moq/{moq}", $"Bogus/{bogus}"]);
            TrxResult versions = Result(run, "Versions_Loaded_AreTheFloors");
            versions.Outcome.Should().Be("Passed");
            versions.StdOut.Should().Contain($"loaded Moq {moq}").And.Contain($"loaded Bogus {bogus}");
            Result(run, "StrictMock_SetupUsed_Passes").Outcome.Should().Be("Passed");
            Result(run, "StrictMock_CallWithoutSetup_Throws").Outcome.Should().Be("Passed");
            Result(run, "Fakers_SameFactorySeed_SameData").Outcome.Should().Be("Passed");
            TrxResult unused = Result(run, "StrictMock_SetupNeverCalled_FailsAtTheEnd");
            unused.Outcome.Should().Be("Failed", "a strict setup that is never called fails the test when it ends");
            unused.Message.Should().Contain("MockException").And.Contain("Now()");
        }
        finally
        {
            TryDelete(root);
        }
    }

    [Fact]
    public void Guard_ProjectsResolvingMoq4200Or4201_FailBeforeCompilingNamingTheVersionAndTheFix()
    {
        string root = NewRoot("ssot-sponsorlink-");
        try
        {
            string fakeFeed = Path.Combine(root, "fake-moq");
            Directory.CreateDirectory(fakeFeed);
            foreach (string version in (string[])["4.20.0", "4.20.1"])
            {
                WriteStandInMoq(fakeFeed, version);
            }

            string globalPackages = System.Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } custom
                ? custom
                : Path.Combine(System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile), ".nuget", "packages");
            WriteIsolation(
                root,
                NuGetConfig(("fake-moq", fakeFeed, ["Moq"]), ("ssot-feed", fixture.Feed, ["Ssot.TestFramework*"]), ("nuget.org", "https://api.nuget.org/v3/index.json", ["*"]))
                    .Replace("</configuration>", $"  <fallbackPackageFolders>\n    <add key=\"machine\" value=\"{SecurityElement.Escape(globalPackages)}\" />\n  </fallbackPackageFolders>\n</configuration>", StringComparison.Ordinal));
            foreach (string version in (string[])["4.20.0", "4.20.1"])
            {
                Write(root, $"Moq{version.Replace(".", string.Empty, StringComparison.Ordinal)}/Moq{version.Replace(".", string.Empty, StringComparison.Ordinal)}.csproj", $"""
                    <Project Sdk="Microsoft.NET.Sdk">
                      <PropertyGroup>
                        <TargetFramework>net10.0</TargetFramework>
                      </PropertyGroup>
                      <ItemGroup>
                        <PackageReference Include="Ssot.TestFramework" Version="{fixture.Version}" />
                        <PackageReference Include="Moq" Version="{version}" />
                      </ItemGroup>
                    </Project>

                    """);
            }

            File.WriteAllText(Path.Combine(root, "guard.slnx"), "<Solution>\n  <Project Path=\"Moq4200/Moq4200.csproj\" />\n  <Project Path=\"Moq4201/Moq4201.csproj\" />\n</Solution>\n");
            (int code, string console) = DotnetCli.Run(
                root,
                ["build", "guard.slnx", "--disable-build-servers"],
                new Dictionary<string, string?> { ["NUGET_PACKAGES"] = Path.Combine(root, "packages") },
                s_step);
            output.WriteLine(console);

            code.Should().Be(1, console);
            foreach ((string project, string version) in (IEnumerable<(string, string)>)[("Moq4200", "4.20.0"), ("Moq4201", "4.20.1")])
            {
                console.Should().Contain(
                    $"error SSOTPKG001: {project} resolves Moq {version}, which shipped SponsorLink and must not be used with Ssot.TestFramework: reference Moq 4.20.72 or later (or 4.18.4 or earlier, down to 4.13.1), e.g. <PackageReference Include=\"Moq\" Version=\"4.20.72\" />.");
            }

            console.Should().NotContain("error CS", "the guard stops the build before compiling");
            Directory.Exists(Path.Combine(globalPackages, "moq", "4.20.0")).Should().BeFalse("the stand-in never reaches the machine's NuGet cache");
            File.ReadAllText(Path.Combine(fixture.RepositoryRoot, "docs", "packaging.md")).Should().Contain("error SSOTPKG001: Shop.Tests resolves Moq 4.20.0, which shipped SponsorLink");
        }
        finally
        {
            TryDelete(root);
        }
    }

    private static TrxResult Result(TrxRun run, string method) =>
        run.Results.Single(r => r.Key.EndsWith("FloorTests." + method, StringComparison.Ordinal)).Value;

    private static string NewRoot(string prefix)
    {
        string root = Path.Combine(Path.GetTempPath(), prefix + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        return root;
    }

    private static void Write(string root, string relative, string text)
    {
        string path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private static void WriteIsolation(string root, string nugetConfig)
    {
        Write(root, "Directory.Build.props", "<Project>\n  <!-- Nothing from any repository above leaks in. -->\n</Project>\n");
        Write(root, "Directory.Build.targets", "<Project />\n");
        Write(root, "Directory.Packages.props", "<Project>\n  <PropertyGroup>\n    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>\n  </PropertyGroup>\n</Project>\n");
        Write(root, "nuget.config", nugetConfig);
    }

    private static string NuGetConfig(params (string Key, string Source, string[] Patterns)[] sources) =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <packageSources>\n    <clear />\n"
        + string.Concat(sources.Select(s => $"    <add key=\"{s.Key}\" value=\"{SecurityElement.Escape(s.Source)}\" />\n"))
        + "  </packageSources>\n  <packageSourceMapping>\n"
        + string.Concat(sources.Select(s => $"    <packageSource key=\"{s.Key}\">\n" + string.Concat(s.Patterns.Select(p => $"      <package pattern=\"{p}\" />\n")) + "    </packageSource>\n"))
        + "  </packageSourceMapping>\n</configuration>\n";

    /// <summary>A package named Moq at a SponsorLink version: a nuspec and, as its lib, the real Moq assembly the kit's tests run with.</summary>
    private static void WriteStandInMoq(string feed, string version)
    {
        using ZipArchive zip = ZipFile.Open(Path.Combine(feed, $"Moq.{version}.nupkg"), ZipArchiveMode.Create);
        WriteEntry(zip, "Moq.nuspec", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <package xmlns="http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd">
              <metadata>
                <id>Moq</id>
                <version>{version}</version>
                <authors>Ssot.TestFramework tests</authors>
                <description>Stand-in for the SponsorLink version of Moq, to test the guard.</description>
              </metadata>
            </package>
            """);
        WriteEntry(zip, "[Content_Types].xml", """
            <?xml version="1.0" encoding="utf-8"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
              <Default Extension="nuspec" ContentType="application/octet" />
              <Default Extension="dll" ContentType="application/octet" />
            </Types>
            """);
        zip.CreateEntryFromFile(typeof(Mock).Assembly.Location, "lib/netstandard2.0/Moq.dll");
    }

    private static void WriteEntry(ZipArchive zip, string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open());
        writer.Write(text);
    }

    private static IReadOnlyList<string> Libraries(string assets)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(assets));
        return [.. doc.RootElement.GetProperty("libraries").EnumerateObject().Select(p => p.Name)];
    }

    private static void TryDelete(string path)
    {
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Best effort: a temp folder.
        }
    }

    /// <summary>The lowest version the packed Ssot.TestFramework.Core (the package that depends on Moq and Bogus) accepts for a dependency (its nuspec's open range).</summary>
    private string FloorOf(string dependency)
    {
        using ZipArchive zip = ZipFile.OpenRead(fixture.Package("Ssot.TestFramework.Core"));
        using Stream stream = zip.Entries.Single(e => e.FullName == "Ssot.TestFramework.Core.nuspec").Open();
        string range = XDocument.Load(stream).Descendants().Where(e => e.Name.LocalName == "dependency")
            .Single(e => (string?)e.Attribute("id") == dependency).Attribute("version")!.Value;
        return range.TrimStart('[').Split(',')[0].Trim();
    }
}
