using Ssot.TestFramework.Common;
using Ssot.TestFramework.Testing;

namespace Ssot.TestFramework.Packaging.Tests;

/// <summary>
/// A team repository on the packed packages, laid out as .NET 8+ teams do: a git root with <c>src/Shop</c> and
/// <c>tests/Shop.Tests</c>, and <c>UseArtifactsOutput</c> for every project (binaries under <c>artifacts/bin</c>, far
/// from any <c>.csproj</c>). The test project references only <c>Ssot.TestFramework.Fixtures</c> and keeps the
/// defaults: <c>RegistryPath => "ssot.json"</c>, <c>SourceRoot => "../../src/Shop"</c>, the baseline beside the
/// registry. Built once, then run as CI and developers do (see <see cref="PackedLayoutScenario(PackedPackagesFixture)"/>).
/// </summary>
/// <remarks>
/// One build and five test runs (three of them from a copy of the binaries), two restores of reference-only
/// projects and two <c>ssot</c> scans with the tool the fixture installed. Lives in the fixture's temp folder.
/// </remarks>
public sealed class PackedLayoutScenario
{
    /// <summary>Every CI system <see cref="CiDetector"/> knows (the table of <see cref="CiSystems"/>), each run on the packed suite with its own variable only (no <c>CI</c>).</summary>
    public static readonly (string Variable, string Value)[] CiRuns =
        [.. CiSystems.Variables.Select(row => ((string)row[0], (string)row[1]))];

    private static readonly TimeSpan s_step = TimeSpan.FromMinutes(4);

    private readonly PackedPackagesFixture _fixture;

    /// <summary>
    /// Writes the repository and runs, in order: the build; from copied binaries on each of <see cref="CiRuns"/> (no
    /// baseline yet); <c>dotnet test --no-build --results-directory</c> on a developer machine (creates the baseline);
    /// from copied binaries on a developer machine (uses it); <c>ssot scan src/Shop</c> on CI against the suite's
    /// baseline, with SARIF; <c>ssot scan src/Shop</c> writing a baseline of its own.
    /// </summary>
    /// <param name="fixture">The packed packages.</param>
    public PackedLayoutScenario(PackedPackagesFixture fixture)
    {
        _fixture = fixture;
        Root = Path.Combine(fixture.Root, "layout");
        Copied = Path.Combine(fixture.Root, "layout-copied-bin");
        Results = Path.Combine(fixture.Root, "layout-results");
        Write();
        Require(Git(["init", "-q"]), "git init");

        Require(DotnetCli.Run(Root, ["build", Path.Combine(Root, "layout.slnx"), "-c", "Release", "--disable-build-servers"], timeout: s_step), "dotnet build of the layout");
        BuiltOutput = Path.Combine(Root, "artifacts", "bin", "Shop.Tests", "release");
        CopyBinaries(BuiltOutput, Copied);

        CiSuites = CiRuns.ToDictionary(
            run => run.Variable,
            run => Test(["test", CopiedDll, "--logger", $"trx;LogFileName=ci-{run.Variable}.trx", "--results-directory", Results], $"ci-{run.Variable}.trx", Ci(run.Variable, run.Value)),
            StringComparer.Ordinal);
        BaselineAfterCi = File.Exists(Baseline);
        ProjectReportsAfterCi = ProjectReports();
        if (Directory.Exists(Path.Combine(TestProjectDirectory, "TestResults")))
        {
            Directory.Delete(Path.Combine(TestProjectDirectory, "TestResults"), recursive: true);
        }

        DevelopmentResults = Path.Combine(Results, "dev");
        Development = Test(["test", TestProject, "-c", "Release", "--no-build", "--logger", "trx;LogFileName=dev.trx", "--results-directory", DevelopmentResults], Path.Combine("dev", "dev.trx"), Developer());
        BaselineAfterDevelopment = File.ReadAllText(Baseline);
        ProjectReportsAfterDevelopment = ProjectReports();

        CopiedRun = Test(["test", CopiedDll, "--logger", "trx;LogFileName=copied.trx", "--results-directory", Results], "copied.trx", Developer());
        BaselineAfterCopied = File.ReadAllText(Baseline);
        ProjectReportsAfterCopied = ProjectReports();

        string sarif = Path.Combine(Results, "scan.sarif");
        (ScanExitCode, _, ScanStderr) = Ssot(["scan", "src/Shop", "--registry", "tests/Shop.Tests/ssot.json", "--baseline", "tests/Shop.Tests/ssot.baseline.json", "--format", "sarif", "--out", sarif], Ci("SSOT_CI", "1"));
        Sarif = File.Exists(sarif) ? File.ReadAllText(sarif) : throw new InvalidOperationException("ssot scan wrote no SARIF:\n" + ScanStderr);
        BaselineAfterScan = File.ReadAllText(Baseline);

        CliBaselinePath = Path.Combine(Results, "cli.baseline.json");
        (CliBaselineExitCode, _, CliBaselineStderr) = Ssot(["scan", "src/Shop", "--registry", "tests/Shop.Tests/ssot.json", "--baseline", CliBaselinePath], Developer());

        Require(DotnetCli.Run(Root, ["restore", Path.Combine(Root, "references.slnx"), "--disable-build-servers"], timeout: s_step), "dotnet restore of the reference-only projects");
    }

    /// <summary>Gets the repository root (<c>git init</c> ran here).</summary>
    public string Root { get; }

    /// <summary>Gets the folder the built test binaries were copied to (outside the repository).</summary>
    public string Copied { get; }

    /// <summary>Gets the folder the runs' TRX files and the scans' outputs go to.</summary>
    public string Results { get; }

    /// <summary>Gets where the artifacts layout put the test binaries.</summary>
    public string BuiltOutput { get; }

    public string TestProjectDirectory => Path.Combine(Root, "tests", "Shop.Tests");

    public string TestProject => Path.Combine(TestProjectDirectory, "Shop.Tests.csproj");

    public string Baseline => Path.Combine(TestProjectDirectory, "ssot.baseline.json");

    public string CopiedDll => Path.Combine(Copied, "Shop.Tests.dll");

    /// <summary>Gets the runs from copied binaries with one CI system's variable and no baseline, by variable.</summary>
    public IReadOnlyDictionary<string, TrxRun> CiSuites { get; }

    /// <summary>Gets whether a baseline existed after the CI runs.</summary>
    public bool BaselineAfterCi { get; }

    /// <summary>Gets the files under the test project's <c>TestResults/ssot</c> after the CI runs (the folder is then deleted).</summary>
    public IReadOnlyList<string> ProjectReportsAfterCi { get; }

    /// <summary>Gets the same after the developer run through MSBuild.</summary>
    public IReadOnlyList<string> ProjectReportsAfterDevelopment { get; }

    /// <summary>Gets the same after the developer run from the copied binaries.</summary>
    public IReadOnlyList<string> ProjectReportsAfterCopied { get; }

    /// <summary>Gets the folder given to <c>dotnet test --results-directory</c> in the developer run.</summary>
    public string DevelopmentResults { get; }

    /// <summary>Gets the developer run through MSBuild (<c>dotnet test &lt;project&gt; --no-build --results-directory</c>).</summary>
    public TrxRun Development { get; }

    public string BaselineAfterDevelopment { get; }

    /// <summary>Gets the developer run from the copied binaries (<c>dotnet test &lt;copied dll&gt;</c>).</summary>
    public TrxRun CopiedRun { get; }

    public string BaselineAfterCopied { get; }

    public int ScanExitCode { get; }

    public string ScanStderr { get; }

    /// <summary>Gets the SARIF of <c>ssot scan src/Shop</c> on CI against the suite's baseline.</summary>
    public string Sarif { get; }

    public string BaselineAfterScan { get; }

    /// <summary>Gets the baseline <c>ssot scan src/Shop</c> created on a developer machine.</summary>
    public string CliBaselinePath { get; }

    public int CliBaselineExitCode { get; }

    public string CliBaselineStderr { get; }

    /// <summary>Gets the <c>nuget.g.targets</c> NuGet generated for a project of the layout.</summary>
    /// <param name="project">Shop.Tests, or Only.Ssot.TestFramework / Only.Ssot.TestFramework.Common (restored, never built).</param>
    public string RestoredTargets(string project) =>
        File.ReadAllText(Path.Combine(Root, "artifacts", "obj", project, project + ".csproj.nuget.g.targets"));

    /// <summary>The kit's report files (not journals) under a folder, by name.</summary>
    public static IReadOnlyList<string> Reports(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder).Select(Path.GetFileName).OfType<string>().Where(n => !n.EndsWith(".jsonl", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList()
            : [];

    private IReadOnlyList<string> ProjectReports() => Reports(Path.Combine(TestProjectDirectory, "TestResults", "ssot"));

    /// <summary>A developer machine: CI forced off, whatever system runs the kit's own tests; no results override.</summary>
    private static Dictionary<string, string?> Developer() => new() { [CiDetector.OverrideVariable] = "0", [SsotResultsDirectory.EnvironmentVariable] = null };

    /// <summary>One CI system: every other CI variable and the override cleared.</summary>
    private static Dictionary<string, string?> Ci(string variable, string value)
    {
        var env = new Dictionary<string, string?> { [CiDetector.OverrideVariable] = null, [CiDetector.CiVariable] = null, [SsotResultsDirectory.EnvironmentVariable] = null };
        foreach ((string name, _) in CiDetector.Systems)
        {
            env[name] = null;
        }

        env[variable] = value;
        return env;
    }

    private static void Require((int Code, string Output) run, string what)
    {
        if (run.Code != 0)
        {
            throw new InvalidOperationException($"{what} failed (exit code {run.Code}):\n{run.Output}");
        }
    }

    private static void CopyBinaries(string from, string to)
    {
        foreach (string file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private (int Code, string Output) Git(string[] args)
    {
        (int code, string stdout, string stderr) = DotnetCli.RunProgram("git", Root, args, timeout: TimeSpan.FromMinutes(1));
        return (code, stdout + stderr);
    }

    private TrxRun Test(string[] args, string trxName, Dictionary<string, string?> environment)
    {
        // `dotnet test <dll>` runs VSTest without MSBuild and rejects MSBuild's --disable-build-servers.
        bool viaMsBuild = !args[1].EndsWith(".dll", StringComparison.OrdinalIgnoreCase);
        (int code, string console) = DotnetCli.Run(Root, viaMsBuild ? [.. args, "--disable-build-servers"] : args, environment, s_step);
        string trx = Path.Combine(Results, trxName);
        return File.Exists(trx) ? TrxRun.Load(trx, console) : throw new InvalidOperationException($"dotnet {string.Join(' ', args)} wrote no TRX (exit code {code}):\n{console}");
    }

    private (int Code, string Stdout, string Stderr) Ssot(string[] args, Dictionary<string, string?> environment) =>
        DotnetCli.RunProgram(Path.Combine(_fixture.Root, "tools", OperatingSystem.IsWindows() ? "ssot.exe" : "ssot"), Root, args, environment, s_step);

    private void Write()
    {
        Directory.CreateDirectory(Results);

        // Directory.Build.props is where UseArtifactsOutput must be set; it also stops the walk to the fixture's.
        WriteFile("Directory.Build.props", "<Project>\n  <PropertyGroup>\n    <UseArtifactsOutput>true</UseArtifactsOutput>\n  </PropertyGroup>\n</Project>\n");
        WriteFile("layout.slnx", "<Solution>\n  <Project Path=\"src/Shop/Shop.csproj\" />\n  <Project Path=\"tests/Shop.Tests/Shop.Tests.csproj\" />\n</Solution>\n");
        foreach (string file in (string[])["Shop.csproj", "PriceCalculator.cs", "LegacyPriceCalculator.cs", "Checkout.cs"])
        {
            WriteFile(Path.Combine("src", "Shop", file), File.ReadAllText(Path.Combine(_fixture.ShopDirectory, file)));
        }

        WriteFile("tests/Shop.Tests/ssot.json", File.ReadAllText(_fixture.Registry));
        WriteFile("tests/Shop.Tests/Shop.Tests.csproj", _fixture.TestProject("Ssot.TestFramework.Fixtures"));
        WriteFile("tests/Shop.Tests/ImportComplianceTests.cs", """
            using Ssot.TestFramework.Fixtures.Suites;
            using Xunit.Abstractions;

            namespace Shop.Tests;

            public sealed class ImportComplianceTests(ITestOutputHelper output) : ImportComplianceSuite(output)
            {
                protected override string RegistryPath => "ssot.json";

                protected override string SourceRoot => "../../src/Shop";
            }

            """);

        // Restored only: which kit MSBuild files a project referencing one package imports.
        WriteFile("references.slnx", "<Solution>\n  <Project Path=\"refs/Only.Ssot.TestFramework/Only.Ssot.TestFramework.csproj\" />\n  <Project Path=\"refs/Only.Ssot.TestFramework.Common/Only.Ssot.TestFramework.Common.csproj\" />\n</Solution>\n");
        foreach (string package in (string[])["Ssot.TestFramework", "Ssot.TestFramework.Common"])
        {
            WriteFile($"refs/Only.{package}/Only.{package}.csproj", $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="{package}" Version="{_fixture.Version}" />
                  </ItemGroup>
                </Project>

                """);
        }
    }

    private void WriteFile(string relative, string text)
    {
        string path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
