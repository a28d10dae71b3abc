using FluentAssertions;
using Microsoft.Extensions.Time.Testing;
using Ssot.TestFramework.Cli;
using Ssot.TestFramework.Testing;

namespace Ssot.TestFramework.Cli.Tests;

/// <summary>
/// Progress on standard error: shown only when it is a terminal, the scan has run past a second, and <c>--quiet</c> is
/// not given. The clock is a <see cref="FakeTimeProvider"/> that moves a second on every reading (a slow scan) or never
/// (a quick one), so no test depends on how fast the machine is.
/// </summary>
public sealed class ProgramProgressTests
{
    private static (int Code, string Stdout, string Stderr) Run(string[] args, bool terminal, TimeProvider clock, string? ci = null)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int code = Program.Run(args, stdout, stderr, name => name == "CI" ? ci : null, terminal, clock);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>A clock on which every reading is a second after the previous one: every step of the scan is slow.</summary>
    private static FakeTimeProvider SlowScanClock() => new() { AutoAdvanceAmount = TimeSpan.FromSeconds(1) };

    private static string[] ProgressLines(string stderr) =>
        CliTree.Lines(stderr).Where(l => l.StartsWith("ssot: progress:", StringComparison.Ordinal)).ToArray();

    [Fact]
    public void Run_TerminalAndScanPastOneSecond_ShowsProjectsAndFilesOnStderr()
    {
        using var tree = new CliTree();

        (int code, string stdout, string stderr) = Run(tree.Args(), terminal: true, SlowScanClock());

        code.Should().Be(Program.ViolationsFound, stderr);
        string[] progress = ProgressLines(stderr);
        progress.Should().NotBeEmpty(stderr);
        progress.Should().AllSatisfy(l => l.Should().MatchRegex(@"^ssot: progress: 0 project\(s\) evaluated, \d+ of 2 file\(s\) analysed, \d+ s$"));
        progress.Should().Contain(l => l.Contains("2 of 2 file(s) analysed", StringComparison.Ordinal), "both files name the deprecated type, so both are analysed");
        stdout.Should().NotContain("progress", "progress never mixes with the report");
        CliTree.Lines(stderr).ToList().FindIndex(l => l.StartsWith("ssot: progress:", StringComparison.Ordinal))
            .Should().BeLessThan(CliTree.Lines(stderr).ToList().FindIndex(l => l.Contains("violation(s):", StringComparison.Ordinal)), "progress comes before the summary");
    }

    [Fact]
    public void Run_TerminalAndScanUnderOneSecond_ShowsNoProgress()
    {
        using var tree = new CliTree();

        (int code, _, string stderr) = Run(tree.Args(), terminal: true, new FakeTimeProvider());

        code.Should().Be(Program.ViolationsFound, stderr);
        ProgressLines(stderr).Should().BeEmpty();
        stderr.Should().Contain("1 violation(s): 1 new");
    }

    [Fact]
    public void Run_RedirectedStderr_ShowsNoProgressHoweverLongTheScan()
    {
        using var tree = new CliTree();

        (int code, _, string stderr) = Run(tree.Args(), terminal: false, SlowScanClock());

        code.Should().Be(Program.ViolationsFound, stderr);
        ProgressLines(stderr).Should().BeEmpty();
        stderr.Should().Contain("ssot: engine: ").And.Contain("1 violation(s): 1 new");
    }

    [Theory]
    [InlineData("true")]
    [InlineData("1")]
    public void Run_TerminalOnCi_ShowsNoProgressHoweverLongTheScan(string ci)
    {
        using var tree = new CliTree();

        (int code, _, string stderr) = Run(tree.Args(), terminal: true, SlowScanClock(), ci);

        code.Should().Be(Program.ViolationsFound, stderr);
        ProgressLines(stderr).Should().BeEmpty("a CI log gets no progress, even through a pseudo-terminal");
        stderr.Should().Contain("1 violation(s): 1 new");
    }

    [Fact]
    public void Run_Quiet_ShowsNoProgressNorInformationalLinesButKeepsTheVerdictLines()
    {
        using var tree = new CliTree();

        (int code, string stdout, string stderr) = Run(tree.Args("--quiet", "--baseline", tree.Baseline, "--format", "json"), terminal: true, SlowScanClock());

        code.Should().Be(Program.Compliant, stderr);
        ProgressLines(stderr).Should().BeEmpty();
        stderr.Should().NotContain("ssot: engine: ").And.NotContain("violation(s):").And.NotContain(" s, total ");
        stderr.Should().Contain($"baseline created at {tree.Baseline}", "a baseline notice asks for action, so --quiet keeps it");
        stdout.Should().Contain("\"violations\"", "the report is never quiet");
    }

    [Fact]
    public void Run_QuietWithNewViolation_KeepsTheRuleLineThatExplainsExitOne()
    {
        using var tree = new CliTree();

        (int code, _, string stderr) = Run(tree.Args("--quiet"), terminal: false, TimeProvider.System);

        code.Should().Be(Program.ViolationsFound, stderr);
        CliTree.Lines(stderr).Should().ContainSingle().Which.Should().StartWith("SSOT001 DeprecatedUsage: 1 new, e.g. src/Use.cs:2");
    }
}
