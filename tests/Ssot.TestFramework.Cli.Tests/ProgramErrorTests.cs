using System.Diagnostics;
using System.Runtime.Versioning;
using FluentAssertions;
using Ssot.TestFramework.Cli;
using Ssot.TestFramework.Testing;

namespace Ssot.TestFramework.Cli.Tests;

/// <summary>
/// Every bad input of <c>ssot scan</c> ends in exit 2 with one line naming the argument or file and the fix, and leaves
/// every file as it was. Cases that used to crash the process (exit 134, a stack trace) or hang it run the built tool
/// as a real process, so a crash or a hang would be seen as such.
/// </summary>
public sealed class ProgramErrorTests
{
    private static void ShouldBeOneErrorLine(int code, string stderr, params string[] expected)
    {
        code.Should().Be(Program.Error, stderr);
        stderr.Should().NotContain("   at ").And.NotContain("Unhandled exception");
        string[] lines = CliTree.Lines(stderr);
        lines.Should().ContainSingle(stderr);
        lines[0].Should().StartWith("ssot: ");
        foreach (string part in expected)
        {
            lines[0].Should().Contain(part);
        }
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("1e0")]
    [InlineData("99999999999")]
    [InlineData("\"1\"")]
    public void Run_BaselineVersionNotTheInteger1_ExitsTwoNamingFileAndValue(string version)
    {
        using var tree = new CliTree();
        string content = $$"""{ "version": {{version}}, "entries": [] }""";
        File.WriteAllText(tree.Baseline, content);

        (int code, _, string stderr) = tree.RunProcess(tree.Args("--baseline", tree.Baseline));

        ShouldBeOneErrorLine(code, stderr, $"baseline error: {tree.Baseline}: $.version is {version}, not the integer 1", "Write \"version\": 1");
        File.ReadAllText(tree.Baseline).Should().Be(content);
    }

    [Fact]
    public void Run_BaselineVersionOfAnotherFormat_ExitsTwoSayingWhichVersionIsRead()
    {
        using var tree = new CliTree();
        File.WriteAllText(tree.Baseline, """{ "version": 2, "entries": [] }""");

        (int code, _, string stderr) = CliTree.Run(tree.Args("--baseline", tree.Baseline));

        ShouldBeOneErrorLine(code, stderr, $"{tree.Baseline}: $.version 2 is not supported; this ssot reads version 1");
    }

    [Fact]
    public void Run_BaselineVersionIsTheInteger1_IsRead()
    {
        using var tree = new CliTree();
        File.WriteAllText(tree.Baseline, """{ "version": 1, "entries": [ { "rule": "SSOT001", "file": "src/Use.cs", "member": "Shop.Use.Y()", "symbol": "T:Shop.Legacy.Old", "count": 1 } ] }""");
        string before = File.ReadAllText(tree.Baseline);

        (int code, _, string stderr) = CliTree.Run(tree.Args("--baseline", tree.Baseline));

        code.Should().Be(Program.Compliant, stderr);
        stderr.Should().Contain("1 violation(s): 0 new, 1 baselined").And.NotContain("baseline error");
        File.ReadAllText(tree.Baseline).Should().Be(before);
    }

    [Theory]
    [InlineData("root", "the <root> folder is an empty string; pass the folder to scan")]
    [InlineData("--registry", "option '--registry' is an empty string; pass the path of ssot.json")]
    [InlineData("--baseline", "option '--baseline' is an empty string; pass the baseline file path")]
    [InlineData("--out", "option '--out' is an empty string; pass the report file path")]
    [InlineData("--repo-root", "option '--repo-root' is an empty string")]
    public void Run_EmptyStringArgument_ExitsTwoNamingTheArgument(string argument, string message)
    {
        using var tree = new CliTree();
        string[] args = argument switch
        {
            "root" => ["scan", "", "--registry", tree.Registry],
            "--registry" => ["scan", tree.Source, "--registry", ""],
            _ => [.. tree.Args(), argument, ""],
        };

        (int code, string stdout, string stderr) = tree.RunProcess(args);

        ShouldBeOneErrorLine(code, stderr, message);
        stdout.Should().BeEmpty();
        File.ReadAllText(tree.Registry).Should().Be(CliTree.RegistryJson);
    }

    [Fact]
    public void Run_RegistryIsDevZero_ExitsTwoWithoutReadingIt()
    {
        using var tree = new CliTree();

        (int code, _, string stderr) = tree.RunProcess("scan", tree.Source, "--registry", "/dev/zero");

        ShouldBeOneErrorLine(code, stderr, "registry error: /dev/zero: not read as a registry: it is a character device, not a regular file", "Pass the ssot.json file");
    }

    [Theory]
    [InlineData("--registry")]
    [InlineData("--baseline")]
    public void Run_InputIsAFifo_ExitsTwoWithoutOpeningIt(string option)
    {
        using var tree = new CliTree();
        string fifo = Path.Combine(tree.Root, "pipe.json");
        Fifo.Make(fifo);
        string[] args = option == "--registry" ? ["scan", tree.Source, "--registry", fifo] : tree.Args("--baseline", fifo);

        (int code, _, string stderr) = tree.RunProcess(args);

        ShouldBeOneErrorLine(code, stderr, $"{fifo}: not read as a {(option == "--registry" ? "registry" : "baseline")}: it is a FIFO (named pipe), not a regular file");
        File.Exists(fifo).Should().BeTrue("the FIFO is left in place, never replaced");
    }

    [Fact]
    public void Run_RegistryLargerThanTheLimit_ExitsTwoNamingSizeAndFile()
    {
        using var tree = new CliTree();
        string huge = Path.Combine(tree.Root, "huge.json");
        using (var stream = new FileStream(huge, FileMode.CreateNew))
        {
            stream.SetLength(33L * 1024 * 1024); // sparse: no 33 MB is written to disk
        }

        (int code, _, string stderr) = CliTree.Run(["scan", tree.Source, "--registry", huge]);

        ShouldBeOneErrorLine(code, stderr, $"{huge}: not read as a registry: it is larger than 32 MB");
    }

    [Fact]
    public void Run_OutIsAFolder_ExitsTwoBeforeScanningAndTheFolderIsUntouched()
    {
        using var tree = new CliTree();
        string folder = Directory.CreateDirectory(Path.Combine(tree.Root, "reports")).FullName;
        File.WriteAllText(tree.Baseline, tree.StaleBaselineJson);

        (int code, _, string stderr) = CliTree.Run(tree.Args("--out", folder, "--baseline", tree.Baseline));

        ShouldBeOneErrorLine(code, stderr, $"--out '{folder}' is a folder", "Pass a file path for the report");
        Directory.EnumerateFileSystemEntries(folder).Should().BeEmpty();
        File.ReadAllText(tree.Baseline).Should().Be(tree.StaleBaselineJson, "nothing is written (not even a tightened baseline) once an argument is refused");
    }

    [Theory]
    [InlineData("registry", "--registry")]
    [InlineData("registry-through-symlinked-folder", "--registry")]
    [InlineData("baseline", "--baseline")]
    [InlineData("baseline-spelled-differently", "--baseline")]
    [InlineData("baseline-through-file-symlink", "--baseline")]
    public void Run_OutIsAnInput_IsRefusedBeforeAnythingIsWritten(string how, string input)
    {
        using var tree = new CliTree();
        File.WriteAllText(tree.Baseline, tree.StaleBaselineJson);
        string link = Path.Combine(tree.Root, "link");
        string output = how switch
        {
            "registry" => tree.Registry,
            "registry-through-symlinked-folder" => Path.Combine(Directory.CreateSymbolicLink(link, tree.Root).FullName, "ssot.json"),
            "baseline" => tree.Baseline,
            "baseline-spelled-differently" => Path.Combine(tree.Source, "..", ".", "ssot.baseline.json"),
            _ => File.CreateSymbolicLink(link, tree.Baseline).FullName,
        };

        (int code, _, string stderr) = CliTree.Run(tree.Args("--baseline", tree.Baseline, "--format", "json", "--out", output));

        ShouldBeOneErrorLine(code, stderr, $"--out '{Path.GetFullPath(output)}' is the same file as {input}", "Pass another path as --out; nothing was written");
        File.ReadAllText(tree.Registry).Should().Be(CliTree.RegistryJson);
        File.ReadAllText(tree.Baseline).Should().Be(tree.StaleBaselineJson);
    }

    [Fact]
    public void Run_BaselineIsTheRegistry_IsRefusedAndTheRegistryIsUntouched()
    {
        using var tree = new CliTree();

        (int code, _, string stderr) = CliTree.Run(tree.Args("--baseline", Path.Combine(tree.Root, ".", "ssot.json")));

        ShouldBeOneErrorLine(code, stderr, $"--baseline '{tree.Registry}' is the same file as --registry", "writing the baseline would overwrite the registry");
        File.ReadAllText(tree.Registry).Should().Be(CliTree.RegistryJson);
    }

    [Fact]
    public void Run_OutBesideTheInputs_IsWrittenAndTheInputsStay()
    {
        using var tree = new CliTree();
        string output = Path.Combine(tree.Root, "report.json");

        (int code, _, string stderr) = CliTree.Run(tree.Args("--format", "json", "--out", output));

        code.Should().Be(Program.ViolationsFound, stderr);
        File.ReadAllText(output).Should().Contain("\"SSOT001\"");
        File.ReadAllText(tree.Registry).Should().Be(CliTree.RegistryJson);
        Directory.GetFiles(tree.Root, "*.tmp").Should().BeEmpty();
    }

    [SsotFact]
    public void Run_OutInAFolderThatCannotBeWritten_ExitsTwoAndThePreviousReportStays()
    {
        using var tree = new CliTree();
        string folder = Directory.CreateDirectory(Path.Combine(tree.Root, "reports")).FullName;
        string output = Path.Combine(folder, "report.md");
        File.WriteAllText(output, "previous report\n");
        (Unwritable? guard, string reason) = Unwritable.TryMake(folder);
        if (guard is null)
        {
            throw new SsotSkipException(reason);
        }

        int code;
        string stderr;
        using (guard)
        {
            (code, _, stderr) = CliTree.Run(tree.Args("--out", output));
        }

        code.Should().Be(Program.Error, stderr);
        string error = CliTree.Lines(stderr).Should().ContainSingle(l => l.Contains("cannot write", StringComparison.Ordinal)).Subject;
        error.Should().Contain($"cannot write --out '{output}'").And.Contain($"No file can be created in the folder '{folder}'").And.Contain("Pass a writable file path as --out");
        stderr.Should().NotContain("   at ");
        File.ReadAllText(output).Should().Be("previous report\n");
        Directory.GetFiles(folder).Should().Equal(output);
    }

    [SsotFact]
    public void Run_BaselineThatCannotBeRewritten_ExitsTwoNamingItAndItStays()
    {
        using var tree = new CliTree();
        File.WriteAllText(tree.Baseline, tree.StaleBaselineJson);
        (Unwritable? guard, string reason) = Unwritable.TryMake(tree.Baseline);
        if (guard is not null && guard.How != "chattr +i")
        {
            // chmod a-w on the file does not stop a rename over it; protect the folder instead.
            guard.Dispose();
            (guard, reason) = Unwritable.TryMake(tree.Root);
        }

        if (guard is null)
        {
            throw new SsotSkipException(reason);
        }

        int code;
        string stderr;
        using (guard)
        {
            (code, _, stderr) = CliTree.Run(tree.Args("--baseline", tree.Baseline));
        }

        ShouldBeOneErrorLine(code, stderr, $"baseline error: {tree.Baseline}: cannot write the baseline", "Make the file and its folder writable", "the file was left as it was");
        File.ReadAllText(tree.Baseline).Should().Be(tree.StaleBaselineJson);
        Directory.GetFiles(tree.Root, "*.tmp").Should().BeEmpty();
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public void Run_TighteningTheBaseline_KeepsItsFileMode()
    {
        using var tree = new CliTree();
        File.WriteAllText(tree.Baseline, tree.StaleBaselineJson);
        const UnixFileMode mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead; // 0640
        File.SetUnixFileMode(tree.Baseline, mode);

        (int code, _, string stderr) = CliTree.Run(tree.Args("--baseline", tree.Baseline));

        code.Should().Be(Program.Compliant, stderr);
        stderr.Should().Contain("baseline tightened");
        File.ReadAllText(tree.Baseline).Should().NotContain("Gone()").And.Contain("Shop.Use.Y()");
        File.GetUnixFileMode(tree.Baseline).Should().Be(mode);
    }

    [Fact]
    public void Run_UnexpectedException_ExitsTwoWithOneLineNamingTheType()
    {
        using var tree = new CliTree();
        using var stderr = new StringWriter();

        int code = Program.Run(tree.Args(), new ThrowingWriter(), stderr, _ => null);

        ShouldBeOneErrorLine(code, stderr.ToString(), "unexpected error (System.InvalidOperationException): standard output is gone", "This is a bug in ssot; please report it");
    }

    [Fact]
    public void Run_RootIsAFile_ExitsTwoSayingSo()
    {
        using var tree = new CliTree();

        (int code, _, string stderr) = CliTree.Run(["scan", tree.Registry, "--registry", tree.Registry]);

        ShouldBeOneErrorLine(code, stderr, $"The scan root '{tree.Registry}' is a file, not a folder", "Pass an existing folder as <root>");
    }

    [Fact]
    public void Run_RepoRootMissing_ExitsTwoNamingTheOption()
    {
        using var tree = new CliTree();
        string missing = Path.Combine(tree.Root, "nowhere");

        (int code, _, string stderr) = CliTree.Run(["scan", tree.Source, "--registry", tree.Registry, "--repo-root", missing]);

        ShouldBeOneErrorLine(code, stderr, $"--repo-root '{missing}' is not an existing folder");
    }

    private sealed class ThrowingWriter : StringWriter
    {
        public override void Write(char value) => throw new InvalidOperationException("standard output is gone");

        public override void Write(string? value) => throw new InvalidOperationException("standard output is gone");

        public override void Write(char[] buffer, int index, int count) => throw new InvalidOperationException("standard output is gone");

        public override void Write(ReadOnlySpan<char> buffer) => throw new InvalidOperationException("standard output is gone");

        public override void WriteLine(string? value) => throw new InvalidOperationException("standard output is gone");

        public override void WriteLine(ReadOnlySpan<char> buffer) => throw new InvalidOperationException("standard output is gone");
    }
}
