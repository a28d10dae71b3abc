using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FluentAssertions;
using Ssot.TestFramework.Cli;
using Ssot.TestFramework.Testing;

namespace Ssot.TestFramework.Cli.Tests;

/// <summary>
/// The command line on System.CommandLine: help and version exit 0 (checked on the built tool as a real process), option
/// names and enum values in any case, and every refusal one line naming the argument.
/// </summary>
public sealed class ProgramCommandLineTests
{
    private static readonly string[] s_scanOptions =
        ["--registry", "--baseline", "--format", "--out", "--allow-diagnostics", "--project", "--configuration", "--mode", "--repo-root", "--quiet"];

    private static void ShouldBeOneErrorLine(int code, string stdout, string stderr, string expected)
    {
        code.Should().Be(Program.Error, stderr);
        stdout.Should().BeEmpty("a refused command line prints no help and no report");
        stderr.Should().NotContain("   at ").And.NotContain("Unhandled exception");
        string line = CliTree.Lines(stderr).Should().ContainSingle(stderr).Subject;
        line.Should().StartWith("ssot: ").And.Contain(expected).And.EndWith("Run 'ssot --help' for the usage.");
    }

    private static void ShouldBeHelpWithExitCodesAndExamples(int code, string stdout, string stderr)
    {
        code.Should().Be(Program.Compliant, stderr);
        stderr.Should().BeEmpty();
        stdout.Should().Contain("Usage:").And.Contain("Exit codes:").And.Contain("Examples:");
        stdout.Should().MatchRegex(@"(?m)^\s+0\s+compliant, or only baselined violations");
        stdout.Should().MatchRegex(@"(?m)^\s+1\s+new violations; or, on CI, a baseline that still lists fixed violations");
        stdout.Should().MatchRegex(@"(?m)^\s+2\s+usage error, unreadable or invalid registry or baseline");
        stdout.Should().MatchRegex(@"(?m)^\s+ssot scan src --registry ssot.json$");
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("-?")]
    [InlineData("help")]
    public void Run_ToolHelp_ExitsZeroWithTheCommandExitCodesAndExamples(string help)
    {
        using var tree = new CliTree();

        (int code, string stdout, string stderr) = tree.RunProcess(help);

        ShouldBeHelpWithExitCodesAndExamples(code, stdout, stderr);
        stdout.Should().MatchRegex(@"(?m)^\s+scan <root>\s+Scans <root> for SSOT rule violations").And.MatchRegex(@"(?m)^\s+--version\s+Show version information");
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("-?")]
    [InlineData("--HELP")]
    public void Run_ScanHelp_ExitsZeroWithADescriptionForEveryOption(string help)
    {
        using var tree = new CliTree();

        (int code, string stdout, string stderr) = tree.RunProcess("scan", help);

        ShouldBeHelpWithExitCodesAndExamples(code, stdout, stderr);
        foreach (string option in s_scanOptions)
        {
            // "  --format <md|json|sarif>   The report format, …": the option, its value placeholder, then a description.
            stdout.Should().MatchRegex($@"(?m)^  (\S+, )*{Regex.Escape(option)}(, \S+)*( <[^>]+>)?\s{{2,}}[A-Z].{{20,}}", $"{option} needs a description");
        }

        stdout.Should().MatchRegex(@"\[default:\s+md\]").And.MatchRegex(@"\[default:\s+Debug\]").And.MatchRegex(@"\[default:\s+auto\]");
    }

    [Fact]
    public void Run_HelpAfterOtherArguments_StillPrintsHelpAndRunsNoScan()
    {
        using var tree = new CliTree();

        (int code, string stdout, string stderr) = CliTree.Run(tree.Args("--format", "json", "--help"));

        ShouldBeHelpWithExitCodesAndExamples(code, stdout, stderr);
        stdout.Should().NotContain("\"violations\"");
    }

    [Fact]
    public void Run_Version_PrintsTheToolsInformationalVersionAndExitsZero()
    {
        using var tree = new CliTree();
        string expected = typeof(Program).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

        (int code, string stdout, string stderr) = tree.RunProcess("--version");

        code.Should().Be(Program.Compliant, stderr);
        stderr.Should().BeEmpty();
        stdout.TrimEnd().Should().Be(expected).And.StartWith(typeof(Program).Assembly.GetName().Version!.ToString(3));
    }

    [Fact]
    public void Run_VersionWithOtherArguments_ExitsTwoNamingIt()
    {
        (int code, string stdout, string stderr) = CliTree.Run(["--version", "scan"]);

        ShouldBeOneErrorLine(code, stdout, stderr, "option '--version' takes no other arguments");
    }

    [Theory]
    [InlineData("SARIF")]
    [InlineData("Sarif")]
    [InlineData("sarif")]
    public void Run_FormatInAnyCase_WritesThatFormat(string format)
    {
        using var tree = new CliTree();

        (int code, string stdout, string stderr) = CliTree.Run(tree.Args("--format", format));

        code.Should().Be(Program.ViolationsFound, stderr);
        JsonNode.Parse(stdout)!["version"]!.GetValue<string>().Should().Be("2.1.0");
    }

    [Fact]
    public void Run_OptionNamesCommandAndModeInAnyCase_AreTheSameOptions()
    {
        using var tree = new CliTree();

        (int code, string stdout, string stderr) = CliTree.Run(["SCAN", tree.Source, "--Registry", tree.Registry, "--REPO-ROOT", tree.Root, "--Format=Json", "--Mode", "Source"]);

        code.Should().Be(Program.ViolationsFound, stderr);
        JsonNode.Parse(stdout)!["summary"]!["violations"]!.GetValue<int>().Should().Be(1);
        stderr.Should().Contain("ssot: engine: approximate: ");
    }

    [Theory]
    [InlineData("--format", "Xml", "unknown --format 'Xml'; use md, json or sarif.")]
    [InlineData("--mode", "Fast", "unknown --mode 'Fast'; use auto, exact or source.")]
    public void Run_UnknownEnumValueInAnyCase_ExitsTwoNamingTheValue(string option, string value, string message)
    {
        using var tree = new CliTree();

        (int code, string stdout, string stderr) = CliTree.Run(tree.Args(option, value));

        ShouldBeOneErrorLine(code, stdout, stderr, message);
    }

    [Fact]
    public void Run_UnknownOptionAsTheOnlyArgumentOfScan_NamesItInTheRealProcess()
    {
        using var tree = new CliTree();

        (int code, string stdout, string stderr) = tree.RunProcess("scan", "--bogus");

        ShouldBeOneErrorLine(code, stdout, stderr, "unknown option '--bogus'.");
    }

    [Theory]
    [InlineData("trailing")]
    [InlineData("with-a-value")]
    [InlineData("before-the-root")]
    [InlineData("quiet")]
    public void Run_UnknownOption_IsNamedNeverSaidToNeedAValue(string where)
    {
        using var tree = new CliTree();
        string[] args = where switch
        {
            "trailing" => tree.Args("--bogus"),
            "with-a-value" => tree.Args("--bogus", "x"),
            "before-the-root" => ["scan", "--bogus", tree.Source, "--registry", tree.Registry],
            _ => tree.Args("--quiet", "--bogus"),
        };

        (int code, string stdout, string stderr) = CliTree.Run(args);

        ShouldBeOneErrorLine(code, stdout, stderr, "unknown option '--bogus'.");
        stderr.Should().NotContain("needs a value");
    }

    [Fact]
    public void Run_OptionBeforeTheCommand_ExitsTwoSayingOptionsFollowScan()
    {
        using var tree = new CliTree();

        (int code, string stdout, string stderr) = CliTree.Run(["--registry", tree.Registry, "scan", tree.Source]);

        ShouldBeOneErrorLine(code, stdout, stderr, "unknown option '--registry' before the command; options follow 'scan'");
    }

    [Fact]
    public void Run_ExtraArgument_IsNamed()
    {
        using var tree = new CliTree();

        (int code, string stdout, string stderr) = CliTree.Run(tree.Args("extra"));

        ShouldBeOneErrorLine(code, stdout, stderr, "unexpected argument 'extra'; give exactly one root folder.");
    }

    [Theory]
    [InlineData("--out")]
    [InlineData("--baseline")]
    [InlineData("--format")]
    [InlineData("--mode")]
    [InlineData("--project")]
    [InlineData("--solution")]
    [InlineData("--configuration")]
    public void Run_TrailingOptionWithoutValue_SaysItNeedsAValue(string option)
    {
        using var tree = new CliTree();

        (int code, string stdout, string stderr) = CliTree.Run(tree.Args(option));

        ShouldBeOneErrorLine(code, stdout, stderr, $"option '{option}' needs a value.");
    }

    [Fact]
    public void Run_SecondOccurrenceWithoutValue_SaysItNeedsAValue()
    {
        using var tree = new CliTree();

        (int code, string stdout, string stderr) = CliTree.Run(tree.Args("--format", "json", "--format"));

        ShouldBeOneErrorLine(code, stdout, stderr, "option '--format' needs a value.");
    }

    [Fact]
    public void Run_OptionFollowedByAnUnknownOption_SaysItNeedsAValue()
    {
        using var tree = new CliTree();

        (int code, string stdout, string stderr) = CliTree.Run(["scan", tree.Source, "--registry", "--bogus"]);

        ShouldBeOneErrorLine(code, stdout, stderr, "option '--registry' needs a value; '--bogus' looks like an option, not a value.");
    }

    [Fact]
    public void Run_OptionGivenTwice_TakesTheLastValue()
    {
        using var tree = new CliTree();

        (int code, string stdout, string stderr) = CliTree.Run(tree.Args("--format", "md", "--format", "json"));

        code.Should().Be(Program.ViolationsFound, stderr);
        JsonNode.Parse(stdout)!["summary"]!["violations"]!.GetValue<int>().Should().Be(1);
    }

    [Fact]
    public void Run_RootStartingWithAt_IsAFolderNameNotAResponseFile()
    {
        using var tree = new CliTree();
        string responseFile = Path.Combine(tree.Root, "args.rsp");
        File.WriteAllText(responseFile, tree.Source);

        (int code, _, string stderr) = CliTree.Run(["scan", "@" + responseFile, "--registry", tree.Registry]);

        code.Should().Be(Program.Error, stderr);
        CliTree.Lines(stderr).Should().ContainSingle().Which.Should().Contain($"The scan root '{Path.GetFullPath("@" + responseFile)}' does not exist");
    }
}
