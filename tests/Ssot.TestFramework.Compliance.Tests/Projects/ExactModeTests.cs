using FluentAssertions;
using Ssot.TestFramework.Compliance.Rules;
using Ssot.TestFramework.Compliance.Tests.Rules;
using Ssot.TestFramework.Testing;

namespace Ssot.TestFramework.Compliance.Tests.Projects;

/// <summary>Exact mode over a real restored multi-targeted solution: what the compiler binds, per target framework.</summary>
public sealed class ExactModeTests(ExactFixture fixture, ITestOutputHelper output) : IClassFixture<ExactFixture>
{
    private ScanResult Scan(ScanMode mode = ScanMode.Auto) =>
        SsotScanner.Scan(new ScanOptions(fixture.Root) { Mode = mode }, SsotRegistryLoader.Load(fixture.Registry));

    [Fact]
    public void Scan_RestoredSolution_ReportsExactlyTheMarkedLinesPerTargetFramework()
    {
        ScanResult result = Scan();
        foreach (Violation v in result.Violations)
        {
            output.WriteLine($"{v.RuleId} {v.Location} ({v.TargetFrameworks}) {v.Symbol} {v.Reached}");
        }

        result.Engine.Mode.Should().Be("exact");
        result.Engine.IsExact.Should().BeTrue(result.Engine.Label);
        result.Engine.Projects.Should().Be(2);
        result.Engine.TargetFrameworks.Should().Equal("net10.0", "net8.0");
        result.Diagnostics.Should().BeEmpty();
        result.Warnings.Should().BeEmpty();
        result.Violations.Select(v => $"{v.RuleId} {v.File}:{v.Line} ({v.TargetFrameworks})").Should().BeEquivalentTo(fixture.Expected());
    }

    [Fact]
    public void Scan_RestoredSolution_LeavesEveryFileOfTheProjectsUnchanged()
    {
        SortedDictionary<string, string> before = fixture.Hashes();

        _ = Scan();

        fixture.Hashes().Should().Equal(before);
    }

    [Fact]
    public void Scan_SameTreeInSourceMode_PackageEntryIsAWarningAndTheRestIsChecked()
    {
        ScanResult result = Scan(ScanMode.Source);

        result.Engine.Mode.Should().Be("source");
        result.Engine.Label.Should().StartWith("approximate: ");
        result.Warnings.Should().Contain(w => w.Contains("'T:Bogus.Faker' cannot be checked without the project", StringComparison.Ordinal));
        result.Violations.Should().Contain(v => v.Symbol == "M:Fx.Legacy.OldClient.Send(System.String)");
        result.Violations.Should().NotContain(v => v.Symbol == "T:Bogus.Faker");
    }

    [Fact]
    public void Scan_ProjectNotRestored_NamesTheProjectAndFallsBackToSourceMode()
    {
        string copy = ExactFixture.Copy(Path.Combine(AppContext.BaseDirectory, "Trees", "Exact"));
        try
        {
            ScanResult result = SsotScanner.Scan(new ScanOptions(copy), SsotRegistryLoader.Load(Path.Combine(copy, "ssot.json")));

            result.Diagnostics.Should().Contain(d => d.File == "App/App.csproj" && d.Message.Contains("NETSDK1004", StringComparison.Ordinal) && d.Message.Contains("Run dotnet restore", StringComparison.Ordinal));
            result.Engine.ApproximateFiles.Should().BeGreaterThan(0);
            result.Engine.Label.Should().Contain("approximate: ");
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    [Fact]
    public void Scan_ProjectFileIsNotValidXml_NamesTheProjectAndTheMsBuildError()
    {
        string copy = ExactFixture.Copy(Path.Combine(AppContext.BaseDirectory, "Trees", "Exact"));
        try
        {
            File.WriteAllText(Path.Combine(copy, "Lib", "Lib.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n");

            ScanResult result = SsotScanner.Scan(new ScanOptions(copy), SsotRegistryLoader.Load(Path.Combine(copy, "ssot.json")));

            result.Diagnostics.Should().Contain(d => d.File == "Lib/Lib.csproj" && d.Message.Contains("MSB4025", StringComparison.Ordinal), string.Join("\n", result.Diagnostics));
            result.Engine.Label.Should().Contain("approximate: ");
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    [Fact]
    public async Task Scan_WhileTheSameProjectsAreBeingBuilt_BreaksNeither()
    {
        string copy = ExactFixture.Copy(Path.Combine(AppContext.BaseDirectory, "Trees", "Exact"));
        try
        {
            (int restored, string restoreOutput) = DotnetCli.Run(copy, ["restore", "Exact.sln"]);
            restored.Should().Be(0, restoreOutput);
            Task<(int Code, string Output)> build = Task.Run(() => DotnetCli.Run(copy, ["build", "Exact.sln", "--no-restore", "-nodeReuse:false"]));

            ScanResult result = SsotScanner.Scan(new ScanOptions(copy) { UseCache = false }, SsotRegistryLoader.Load(Path.Combine(copy, "ssot.json")));
            (int built, string buildOutput) = await build;

            built.Should().Be(0, buildOutput);
            result.Engine.IsExact.Should().BeTrue(string.Join("\n", result.Diagnostics));
            result.Violations.Select(v => $"{v.RuleId} {v.File}:{v.Line} ({v.TargetFrameworks})").Should().BeEquivalentTo(fixture.Expected());
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    [Fact]
    public void Scan_WithAProgressReceiver_ReportsTheEvaluatedProjectsAndEveryAnalysedFileButNoneFromACachedResult()
    {
        string cache = Directory.CreateTempSubdirectory("ssot-progress-cache-").FullName;
        try
        {
            var cold = new ScanProgressTests.Recorder();
            var warm = new ScanProgressTests.Recorder();
            ScanResult first = SsotScanner.Scan(new ScanOptions(fixture.Root) { CacheDirectory = cache, Progress = cold }, SsotRegistryLoader.Load(fixture.Registry));
            ScanResult second = SsotScanner.Scan(new ScanOptions(fixture.Root) { CacheDirectory = cache, Progress = warm }, SsotRegistryLoader.Load(fixture.Registry));

            first.Engine.IsExact.Should().BeTrue(first.Engine.Label);
            int analysed = first.Statistics.CandidateFiles;
            analysed.Should().BePositive();
            cold.Reports.Should().ContainEquivalentOf(new ScanProgress(2, 0, 0), "the two projects are reported once evaluated, before any file")
                .And.ContainEquivalentOf(new ScanProgress(2, analysed, analysed), "every analysed file (per target framework) is reported");
            cold.Reports.Should().AllSatisfy(r => r.FilesAnalysed.Should().BeLessThanOrEqualTo(r.Files));
            second.CacheUse.Should().Be(ScanCacheUse.Results);
            warm.Reports.Should().Equal([new ScanProgress(2, 0, 0)], "a reused result analyses no file, so none is reported");
        }
        finally
        {
            Directory.Delete(cache, recursive: true);
        }
    }
}
