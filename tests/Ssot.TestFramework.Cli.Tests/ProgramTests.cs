using System.Text.Json.Nodes;
using FluentAssertions;
using Ssot.TestFramework.Cli;
using Ssot.TestFramework.Testing;

namespace Ssot.TestFramework.Cli.Tests;

public sealed class ProgramTests
{
    private static readonly Dictionary<string, string?> s_developer = new();
    private static readonly Dictionary<string, string?> s_ci = new() { ["CI"] = "true" };

    private static (int Code, string Stdout, string Stderr) Run(Dictionary<string, string?> env, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int code = Program.Run(args, stdout, stderr, k => env.GetValueOrDefault(k));
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static string[] ScanArgs(string tree, params string[] extra) =>
        ["scan", TreeFixture.PathOf(tree), "--registry", Path.Combine(TreeFixture.PathOf(tree), "ssot.json"), .. extra];

    private static string TempDir() => Directory.CreateTempSubdirectory("ssot-cli-").FullName;

    [Fact]
    public void Run_RemediatedTree_ExitsZeroWithSummaryOnStderr()
    {
        (int code, _, string stderr) = Run(s_developer, ScanArgs("Remediated"));

        code.Should().Be(Program.Compliant);
        stderr.Should().Contain("0 violation(s)").And.Contain(" s, total ");
    }

    [Fact]
    public void Run_LegacyTreeJson_ExitsOneAndWritesJsonToStdout()
    {
        (int code, string stdout, string stderr) = Run(s_developer, ScanArgs("Legacy", "--format", "json"));

        code.Should().Be(Program.ViolationsFound);
        JsonNode.Parse(stdout)!["summary"]!["violations"]!.GetValue<int>().Should().BePositive();
        stderr.Should().Contain("SSOT001 DeprecatedUsage");
    }

    [Fact]
    public void Run_OutOption_WritesSarifFile()
    {
        string output = Path.Combine(TempDir(), "out", "ssot.sarif");

        (int code, string stdout, _) = Run(s_developer, ScanArgs("Legacy", "--format", "sarif", "--out", output));

        code.Should().Be(Program.ViolationsFound);
        stdout.Should().BeEmpty();
        JsonNode.Parse(File.ReadAllText(output))!["version"]!.GetValue<string>().Should().Be("2.1.0");
    }

    [Fact]
    public void Run_MissingBaselineOnDeveloperMachine_CreatesItThenPasses()
    {
        string baseline = Path.Combine(TempDir(), "ssot-baseline.json");

        (int first, _, string stderr) = Run(s_developer, ScanArgs("Legacy", "--baseline", baseline));
        (int second, _, _) = Run(s_developer, ScanArgs("Legacy", "--baseline", baseline));

        first.Should().Be(Program.Compliant);
        stderr.Should().Contain($"baseline created at {baseline}");
        File.Exists(baseline).Should().BeTrue();
        second.Should().Be(Program.Compliant);
    }

    [Fact]
    public void Run_MissingBaselineInCi_IsNotCreatedAndViolationsFail()
    {
        string baseline = Path.Combine(TempDir(), "ssot-baseline.json");

        (int code, _, string stderr) = Run(s_ci, ScanArgs("Legacy", "--baseline", baseline));

        code.Should().Be(Program.ViolationsFound);
        File.Exists(baseline).Should().BeFalse();
        stderr.Should().Contain($"no baseline at {baseline}").And.Contain("never created silently");
    }

    [Fact]
    public void Run_CorruptBaseline_ExitsTwoNamingTheFile()
    {
        string baseline = Path.Combine(TempDir(), "ssot-baseline.json");
        File.WriteAllText(baseline, "{ broken");

        (int code, _, string stderr) = Run(s_developer, ScanArgs("Legacy", "--baseline", baseline));

        code.Should().Be(Program.Error);
        stderr.Should().Contain(baseline).And.Contain("invalid JSON");
    }

    [Fact]
    public void Run_DiagnosticsWithoutAllowFlag_ExitsTwo()
    {
        (int code, _, string stderr) = Run(s_developer, ScanArgs("Diagnostics"));
        (int allowed, _, _) = Run(s_developer, ScanArgs("Diagnostics", "--allow-diagnostics"));

        code.Should().Be(Program.Error);
        stderr.Should().Contain("src/Broken.cs").And.Contain("--allow-diagnostics");
        allowed.Should().Be(Program.ViolationsFound);
    }

    [Theory]
    [InlineData(new[] { "scan" }, "missing the <root> folder")]
    [InlineData(new[] { "scan", "." }, "missing --registry")]
    [InlineData(new[] { "scan", ".", "--registry", "x.json", "--format", "xml" }, "unknown --format 'xml'")]
    [InlineData(new[] { "scan", ".", "--registry" }, "option '--registry' needs a value")]
    [InlineData(new[] { "lint" }, "unknown command 'lint'")]
    [InlineData(new[] { "scan", ".", "--registry", "/nonexistent/ssot.json" }, "/nonexistent/ssot.json: cannot read")]
    public void Run_UsageOrRegistryError_ExitsTwoWithMessage(string[] args, string message)
    {
        (int code, _, string stderr) = Run(s_developer, args);

        code.Should().Be(Program.Error);
        stderr.Should().Contain(message);
    }

    [Fact]
    public void Run_RegistryEntryThatResolvesToNothing_ExitsTwoNamingTheEntry()
    {
        string dir = TempDir();
        string registry = Path.Combine(dir, "ssot.json");
        File.WriteAllText(registry, """{ "deprecated": [ { "symbol": "T:Shop.Legacy.EmailSendr", "replacement": "x" } ] }""");

        (int code, _, string stderr) = Run(s_developer, "scan", TreeFixture.PathOf("Legacy"), "--registry", registry);

        code.Should().Be(Program.Error);
        stderr.Should().Contain("registry error").And.Contain("'T:Shop.Legacy.EmailSendr'").And.Contain(registry);
    }
}
