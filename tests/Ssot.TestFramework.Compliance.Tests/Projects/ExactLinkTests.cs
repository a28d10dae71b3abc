using FluentAssertions;
using Ssot.TestFramework.Compliance.Rules;
using Ssot.TestFramework.Testing;

namespace Ssot.TestFramework.Compliance.Tests.Projects;

/// <summary>
/// Exact mode over compile items MSBuild lists through links and a FIFO (issue 10, item 1): each real file is analysed
/// once under its own path, and a compile item that is not a regular file is one diagnostic, never opened (none when
/// the registry excludes it). Its own copy of <c>Trees/Exact</c> (the fixture is per test class), which the tests change.
/// </summary>
public sealed class ExactLinkTests(ExactFixture fixture) : IClassFixture<ExactFixture>
{
    [UnixFact]
    public void Scan_ProjectWithLinksToItsOwnSourcesAndAFifo_EveryViolationOnceAndTheFifoNamed()
    {
        string app = Path.Combine(fixture.Root, "App");
        Directory.CreateDirectory(Path.Combine(app, "Sub"));
        File.WriteAllText(Path.Combine(app, "Sub", "More.cs"), "namespace Fx.App;\npublic static class More\n{\n    public static void Go() => Fx.Legacy.OldClient.Send(\"more\"); // exact: SSOT001(net10.0;net8.0)\n}\n");
        SortedSet<string> expected = fixture.Expected();
        Directory.CreateSymbolicLink(Path.Combine(app, "SubLink"), "Sub");
        Directory.CreateSymbolicLink(Path.Combine(app, "Self"), ".");
        File.CreateSymbolicLink(Path.Combine(app, "UsesLink.cs"), "Uses.cs");
        ScanResult result;
        try
        {
            EnsureFifo();
            result = Scan(fixture.Registry);
        }
        finally
        {
            DeleteFifo();
        }

        result.Engine.IsExact.Should().BeTrue(result.Engine.Label);
        result.Violations.Select(v => $"{v.RuleId} {v.File}:{v.Line} ({v.TargetFrameworks})").Should().BeEquivalentTo(expected);
        result.Violations.Should().NotContain(v => v.File.Contains("Link", StringComparison.Ordinal) || v.File.Contains("Self", StringComparison.Ordinal));
        result.Diagnostics.Should().ContainSingle().Which.Should().Match<ScanDiagnostic>(d => d.File == "App/Pipe.cs"
            && d.Message.StartsWith("a FIFO (named pipe), not a regular file; it was never opened", StringComparison.Ordinal));
    }

    [UnixFact]
    public void Scan_FifoCompileItemTheRegistryExcludes_IsNoDiagnostic()
    {
        string registry = Path.Combine(fixture.Root, "ssot-exclude.json");
        File.WriteAllText(registry, File.ReadAllText(fixture.Registry).TrimEnd().TrimEnd('}') + ",\n  \"exclude\": [\"App/Pipe.cs\"]\n}\n");
        ScanResult result;
        try
        {
            EnsureFifo();
            result = Scan(registry);
        }
        finally
        {
            DeleteFifo();
        }

        result.Engine.IsExact.Should().BeTrue(result.Engine.Label);
        result.Diagnostics.Should().BeEmpty("the registry excludes the FIFO, so it is not checked");
        result.Violations.Should().Contain(v => v.File == "App/Uses.cs");
    }

    private ScanResult Scan(string registry)
    {
        Task<ScanResult> scan = Task.Run(() => SsotScanner.Scan(new ScanOptions(fixture.Root), SsotRegistryLoader.Load(registry)));
        scan.Wait(TimeSpan.FromMinutes(5)).Should().BeTrue("the scan must end (a FIFO compile item must not block it)");
        return scan.Result;
    }

    /// <summary>
    /// Creates <c>App/Pipe.cs</c> as a FIFO; each test deletes it again, because the tests share the copy and
    /// <see cref="ExactFixture.Expected"/> reads every <c>*.cs</c> file (opening a FIFO would block it).
    /// </summary>
    private void EnsureFifo()
    {
        string fifo = Path.Combine(fixture.Root, "App", "Pipe.cs");
        Fifo.Make(fifo);
    }

    private void DeleteFifo() => File.Delete(Path.Combine(fixture.Root, "App", "Pipe.cs"));
}
