using System.Diagnostics;
using System.Security;
using System.Text.Json;
using System.Xml.Linq;
using Ssot.TestFramework.Testing;

namespace Ssot.TestFramework.Packaging.Tests;

/// <summary>
/// Packs the five shipped packages into a temp feed under a unique prerelease version (so the NuGet global-packages
/// cache never shadows a re-pack), then uses them as a team would, in a temp folder outside the repository: a product
/// library <c>Shop</c> (restored, never built) and a test project <c>Shop.Tests</c> that references the packed
/// <c>Ssot.TestFramework.Fixtures</c> and derives <c>ImportComplianceSuite</c>; <c>dotnet test</c> runs it, and the packed
/// <c>ssot</c> tool is installed into a tool path and scans <c>Shop</c>. ProjectReferences never run package props, so
/// this is the only place that proves exact mode on what ships.
/// </summary>
/// <remarks>
/// Packing uses <c>--artifacts-path</c> in the temp folder, so it never writes the <c>bin/</c> and <c>obj/</c> of
/// <c>src/</c> that the running test host was built from. Four <c>dotnet</c> invocations (pack, restore, test, tool
/// install) and one <c>ssot</c> run.
/// </remarks>
public sealed class PackedPackagesFixture : IDisposable
{
    /// <summary>The six shipped projects, which are also their package IDs except the tool's.</summary>
    public static readonly string[] Projects =
    [
        "Ssot.TestFramework.Common",
        "Ssot.TestFramework.Core",
        "Ssot.TestFramework",
        "Ssot.TestFramework.Compliance",
        "Ssot.TestFramework.Fixtures",
        "Ssot.TestFramework.Cli",
    ];

    // Hang guards, not timing assertions: a pack on a loaded 2-core machine (the whole test project in parallel) can pass 6 minutes.
    private static readonly TimeSpan s_longStep = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan s_shortStep = TimeSpan.FromMinutes(10);

    private static readonly Lazy<IReadOnlyDictionary<string, string>> s_pins = new(() =>
        XDocument.Load(Path.Combine(KitPaths.RepositoryRoot(), "Directory.Packages.props")).Descendants("PackageVersion")
            .ToDictionary(e => (string)e.Attribute("Include")!, e => (string)e.Attribute("Version")!, StringComparer.Ordinal));

    private readonly List<(string Step, TimeSpan Duration)> _steps = [];

    private readonly Lazy<PackedLayoutScenario> _layout;

    public PackedPackagesFixture()
    {
        var total = Stopwatch.StartNew();
        RepositoryRoot = KitPaths.RepositoryRoot();
        Version = $"0.1.0-test.{DateTime.UtcNow:yyyyMMddHHmmss}-{Guid.NewGuid().ToString("N")[..8]}";
        Root = Path.Combine(Path.GetTempPath(), "ssot-packed-" + Guid.NewGuid().ToString("N"));
        Feed = Path.Combine(Root, "feed");
        Directory.CreateDirectory(Feed);

        KitOutputsBeforePack = KitOutputs();
        Pack();
        KitOutputsAfterPack = KitOutputs();

        WriteScenario();
        Step("dotnet restore Shop", () => Require(DotnetCli.Run(Root, ["restore", ShopProject, "--disable-build-servers"], timeout: s_shortStep), "dotnet restore of Shop"));
        ShopBefore = Hashes(ShopDirectory);

        Step("dotnet test Shop.Tests", RunSuite);
        ShopAfterSuite = Hashes(ShopDirectory);

        Step("dotnet tool install + ssot scan", RunTool);
        ShopAfterTool = Hashes(ShopDirectory);
        Total = total.Elapsed;
        _layout = new Lazy<PackedLayoutScenario>(() => new PackedLayoutScenario(this), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Gets the artifacts-layout repository on the same packages, run on first use (<see cref="PackedLayoutScenario"/>).</summary>
    public PackedLayoutScenario Layout => _layout.Value;

    /// <summary>Gets the folder of <c>Ssot.TestFramework.sln</c>.</summary>
    public string RepositoryRoot { get; }

    /// <summary>Gets the unique prerelease version every package was packed with.</summary>
    public string Version { get; }

    /// <summary>Gets the temp folder holding the feed, the scenario and every output.</summary>
    public string Root { get; }

    /// <summary>Gets the temp feed the packages were packed into.</summary>
    public string Feed { get; }

    public string ShopDirectory => Path.Combine(Root, "Shop");

    public string ShopProject => Path.Combine(ShopDirectory, "Shop.csproj");

    public string Registry => Path.Combine(Root, "Shop.Tests", "ssot.json");

    /// <summary>Gets the size and time of every file under <c>src/*/bin</c> and <c>src/*/obj</c> before packing.</summary>
    public SortedDictionary<string, string> KitOutputsBeforePack { get; }

    /// <summary>Gets the same after packing.</summary>
    public SortedDictionary<string, string> KitOutputsAfterPack { get; }

    /// <summary>Gets a SHA-256 of every file under <c>Shop/</c> (obj/ included) after its restore.</summary>
    public SortedDictionary<string, string> ShopBefore { get; }

    /// <summary>Gets the same after <c>dotnet test</c> of <c>Shop.Tests</c>.</summary>
    public SortedDictionary<string, string> ShopAfterSuite { get; }

    /// <summary>Gets the same after the <c>ssot</c> tool's scan.</summary>
    public SortedDictionary<string, string> ShopAfterTool { get; }

    /// <summary>Gets the TRX of <c>dotnet test</c> of <c>Shop.Tests</c>.</summary>
    public TrxRun Suite { get; private set; } = null!;

    /// <summary>Gets <c>import-compliance.md</c> as the suite wrote it into <c>SSOT_RESULTS_DIR</c>.</summary>
    public string SuiteMarkdown { get; private set; } = string.Empty;

    /// <summary>Gets <c>import-compliance.json</c> as the suite wrote it.</summary>
    public string SuiteJson { get; private set; } = string.Empty;

    /// <summary>Gets the exit code of <c>ssot scan</c>.</summary>
    public int ToolExitCode { get; private set; }

    /// <summary>Gets the standard error of <c>ssot scan</c>.</summary>
    public string ToolStderr { get; private set; } = string.Empty;

    /// <summary>Gets the JSON report of <c>ssot scan</c>.</summary>
    public string ToolJson { get; private set; } = string.Empty;

    /// <summary>Gets how long each step took.</summary>
    public IReadOnlyList<(string Step, TimeSpan Duration)> Steps => _steps;

    /// <summary>Gets how long the whole fixture took.</summary>
    public TimeSpan Total { get; }

    /// <summary>Gets the path of a packed package in the feed.</summary>
    /// <param name="id">The package ID.</param>
    public string Package(string id) => Path.Combine(Feed, $"{id}.{Version}.nupkg");

    public void Dispose()
    {
        TryDelete(Root);

        // The consumer's restore extracted the packages into the global-packages folder under the unique version: remove
        // exactly those, so runs do not pile up there.
        string globalPackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } custom
            ? custom
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        foreach (string id in Projects)
        {
            string idFolder = Path.Combine(globalPackages, id.ToLowerInvariant());
            TryDelete(Path.Combine(idFolder, Version.ToLowerInvariant()));
            try
            {
                if (Directory.Exists(idFolder) && !Directory.EnumerateFileSystemEntries(idFolder).Any())
                {
                    Directory.Delete(idFolder);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Best effort: another run may be extracting into it.
            }
        }
    }

    /// <summary>A SHA-256 of every file of the project under <paramref name="root"/> (see <see cref="ProjectFiles.Hashes"/>).</summary>
    /// <param name="root">The folder.</param>
    public static SortedDictionary<string, string> Hashes(string root) => ProjectFiles.Hashes(root);

    private static void Require((int Code, string Output) run, string what)
    {
        if (run.Code != 0)
        {
            throw new InvalidOperationException($"{what} failed (exit code {run.Code}):\n{run.Output}");
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Best effort: a temp folder.
        }
    }

    private void Step(string name, Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        _steps.Add((name, watch.Elapsed));
    }

    /// <summary>Size and last write time of every file in the <c>bin/</c> and <c>obj/</c> of each shipped project.</summary>
    private SortedDictionary<string, string> KitOutputs()
    {
        var outputs = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (string project in Projects)
        {
            foreach (string folder in (string[])["bin", "obj"])
            {
                string dir = Path.Combine(RepositoryRoot, "src", project, folder);
                if (!Directory.Exists(dir))
                {
                    continue;
                }

                foreach (FileInfo file in new DirectoryInfo(dir).EnumerateFiles("*", SearchOption.AllDirectories))
                {
                    outputs[Path.GetRelativePath(RepositoryRoot, file.FullName).Replace('\\', '/')] = $"{file.Length} {file.LastWriteTimeUtc.Ticks}";
                }
            }
        }

        return outputs;
    }

    /// <summary>One <c>dotnet pack</c> of a generated solution listing the five projects; outputs under the temp folder.</summary>
    private void Pack()
    {
        string solution = Path.Combine(Root, "pack.slnx");
        File.WriteAllText(solution, "<Solution>\n" + string.Concat(Projects.Select(p =>
            $"  <Project Path=\"{SecurityElement.Escape(Path.GetRelativePath(Root, Path.Combine(RepositoryRoot, "src", p, p + ".csproj")).Replace('\\', '/'))}\" />\n")) + "</Solution>\n");
        Step("dotnet pack", () => Require(
            DotnetCli.Run(Root, ["pack", solution, "-c", "Release", "-o", Feed, $"-p:Version={Version}", "--artifacts-path", Path.Combine(Root, "artifacts"), "--disable-build-servers"], timeout: s_longStep),
            "dotnet pack of the five packages"));
    }

    /// <summary>
    /// The project file of a team's xunit v2 test project on the packed packages: net10.0, the kit's own pins of
    /// Microsoft.NET.Test.Sdk, xunit and xunit.runner.visualstudio (Directory.Packages.props), and <paramref name="kitPackage"/>
    /// at <see cref="Version"/>. One template for every packaged scenario.
    /// </summary>
    /// <param name="kitPackage">The kit package the project references.</param>
    /// <param name="properties">Further property elements, e.g. <c>&lt;TreatWarningsAsErrors&gt;true&lt;/TreatWarningsAsErrors&gt;</c>.</param>
    /// <param name="references">Further package references as (id, version).</param>
    public string TestProject(string kitPackage, string properties = "", params (string Id, string Version)[] references)
    {
        IEnumerable<(string Id, string Version)> all =
        [
            ("Microsoft.NET.Test.Sdk", s_pins.Value["Microsoft.NET.Test.Sdk"]),
            ("xunit", s_pins.Value["xunit"]),
            ("xunit.runner.visualstudio", s_pins.Value["xunit.runner.visualstudio"]),
            (kitPackage, Version),
            .. references,
        ];
        string items = string.Concat(all.Select(r => $"    <PackageReference Include=\"{r.Id}\" Version=\"{r.Version}\" />\n"));
        string extra = properties.Length == 0 ? string.Empty : $"    {properties}\n";
        return "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <TargetFramework>net10.0</TargetFramework>\n"
            + "    <ImplicitUsings>enable</ImplicitUsings>\n    <Nullable>enable</Nullable>\n    <IsPackable>false</IsPackable>\n"
            + $"    <IsTestProject>true</IsTestProject>\n{extra}  </PropertyGroup>\n  <ItemGroup>\n{items}  </ItemGroup>\n</Project>\n";
    }

    /// <summary>Writes the team's folder: isolation files, nuget.config, the product library and its test project.</summary>
    private void WriteScenario()
    {
        Write("Directory.Build.props", "<Project>\n  <!-- Nothing from any repository above leaks into this team's folder. -->\n</Project>\n");
        Write("Directory.Packages.props", "<Project>\n  <PropertyGroup>\n    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>\n  </PropertyGroup>\n</Project>\n");
        Write("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="ssot-test-feed" value="{SecurityElement.Escape(Feed)}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="ssot-test-feed">
                  <package pattern="Ssot.TestFramework*" />
                </packageSource>
                <packageSource key="nuget.org">
                  <package pattern="*" />
                </packageSource>
              </packageSourceMapping>
            </configuration>

            """);

        Write("Shop/Shop.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
              </PropertyGroup>
            </Project>

            """);
        Write("Shop/PriceCalculator.cs", """
            namespace Shop;

            /// <summary>The canonical price calculation.</summary>
            public sealed class PriceCalculator
            {
                public decimal Gross(decimal net) => net * 1.2m;
            }

            """);
        Write("Shop/LegacyPriceCalculator.cs", """
            namespace Shop;

            /// <summary>The old calculation that must go.</summary>
            public sealed class LegacyPriceCalculator
            {
                public decimal Gross(decimal net) => net * 1.2m;
            }

            """);
        Write("Shop/Checkout.cs", """
            namespace Shop;

            public sealed class Checkout
            {
                public decimal Pay(decimal net) => new LegacyPriceCalculator().Gross(net);
            }

            """);

        Write("Shop.Tests/Shop.Tests.csproj", TestProject("Ssot.TestFramework.Fixtures"));
        Write("Shop.Tests/ssot.json", """
            {
              "canonical": [
                { "symbol": "T:Shop.PriceCalculator" }
              ],
              "deprecated": [
                { "symbol": "T:Shop.LegacyPriceCalculator", "replacement": "Shop.PriceCalculator", "issue": "#42" }
              ]
            }

            """);
        Write("Shop.Tests/ImportComplianceTests.cs", """
            using Ssot.TestFramework.Fixtures.Suites;
            using Xunit.Abstractions;

            namespace Shop.Tests;

            public sealed class ImportComplianceTests(ITestOutputHelper output) : ImportComplianceSuite(output)
            {
                protected override string RegistryPath => "ssot.json";

                protected override string SourceRoot => "../Shop";

                protected override string? BaselinePath => null;
            }

            """);
    }

    private void Write(string relative, string text)
    {
        string path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private void RunSuite()
    {
        string results = Path.Combine(Root, "results");
        string reports = Path.Combine(Root, "ssot-results");
        string project = Path.Combine(Root, "Shop.Tests", "Shop.Tests.csproj");
        (int code, string console) = DotnetCli.Run(
            Root,
            ["test", project, "--results-directory", results, "--logger", "trx;LogFileName=shop.trx", "--disable-build-servers"],
            new Dictionary<string, string?> { ["SSOT_RESULTS_DIR"] = reports },
            s_longStep);
        string trx = Path.Combine(results, "shop.trx");
        if (!File.Exists(trx))
        {
            throw new InvalidOperationException($"dotnet test of Shop.Tests wrote no TRX (exit code {code}):\n{console}");
        }

        Suite = TrxRun.Load(trx, console);
        SuiteMarkdown = ReadReport(Path.Combine(reports, "import-compliance.md"), console);
        SuiteJson = ReadReport(Path.Combine(reports, "import-compliance.json"), console);
    }

    private static string ReadReport(string path, string console) =>
        File.Exists(path) ? File.ReadAllText(path) : throw new InvalidOperationException($"the suite wrote no {path}:\n{console}");

    private void RunTool()
    {
        // The temp folder's nuget.config maps Ssot.TestFramework* to the feed; `--add-source` cannot be combined with
        // package source mapping, so the feed comes from that config.
        string toolPath = Path.Combine(Root, "tools");
        Require(
            DotnetCli.Run(Root, ["tool", "install", "Ssot.TestFramework.Cli", "--tool-path", toolPath, "--version", Version], timeout: s_shortStep),
            "dotnet tool install of the packed Ssot.TestFramework.Cli");
        string report = Path.Combine(Root, "ssot-scan.json");
        string command = Path.Combine(toolPath, OperatingSystem.IsWindows() ? "ssot.exe" : "ssot");
        (int code, string stdout, string stderr) = DotnetCli.RunProgram(command, Root, ["scan", ShopDirectory, "--registry", Registry, "--format", "json", "--out", report], timeout: s_shortStep);
        ToolExitCode = code;
        ToolStderr = stderr;
        ToolJson = File.Exists(report) ? File.ReadAllText(report) : throw new InvalidOperationException($"ssot scan wrote no report (exit code {code}):\n{stdout}{stderr}");
    }

    /// <summary>Parses a report's JSON.</summary>
    /// <param name="json">The text.</param>
    public static JsonElement Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.Clone();
    }
}
