using FluentAssertions;
using Ssot.TestFramework.Testing;

namespace Ssot.TestFramework.Cli.Tests;

/// <summary>
/// The real <c>ssot</c> process on the source-input tree (<see cref="SourceInputTree"/>) with files nested too deeply
/// to analyse: the engine's side of the same inputs is SourceInputTests in Ssot.TestFramework.Compliance.Tests.
/// </summary>
public sealed class SourceInputTests : IDisposable
{
    /// <summary>Long enough for any healthy scan of these trees; only a hang (the regression) reaches it.</summary>
    private static readonly TimeSpan s_hang = TimeSpan.FromMinutes(3);

    private readonly string _root = SourceInputTree.Create();

    [Fact]
    public void Scan_DeeplyNestedFilesThroughTheRealCli_ExitsTwoNamingThemInsteadOfCrashing()
    {
        WriteDeep();
        string ssot = Path.Combine(AppContext.BaseDirectory, "ssot.dll");

        (int code, string stdout, string stderr) = DotnetCli.RunProgram("dotnet", _root, [ssot, "scan", _root, "--registry", Path.Combine(_root, "ssot.json"), "--mode", "source"], timeout: s_hang);

        code.Should().Be(2, "diagnostics make the check incomplete (a stack overflow would be 134)\n" + stderr);
        stderr.Should().Contain("diagnostic: Blocks.cs: too deeply nested to analyse").And.Contain("diagnostic: Parens.cs: too deeply nested to analyse");
        stdout.Should().Contain("Use.cs");
    }

    private void WriteDeep() => SourceInputTree.WriteDeep(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
