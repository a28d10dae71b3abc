using System.Text;
using FluentAssertions;
using Ssot.TestFramework.Compliance.Rules;
using Ssot.TestFramework.Testing;

namespace Ssot.TestFramework.Compliance.Tests.Rules;

/// <summary>
/// What the scan reads, on real inputs (issue 10, items 1-3): FIFOs, directory link loops, UTF-16 and code-page files,
/// <c>\u</c>-escaped identifiers, pathologically nested and oversized files. Each test builds its own tree in a
/// per-test temp folder: <c>ssot.json</c> deprecating <c>T:Shop.LegacyFactory</c>, <c>Legacy.cs</c> declaring it and
/// <c>Use.cs</c> using it once (the violation that must always still be found): <see cref="SourceInputTree"/>, shared with
/// the tool's test of the same tree (Ssot.TestFramework.Cli.Tests).
/// </summary>
public sealed class SourceInputTests : IDisposable
{
    /// <summary>Long enough for any healthy scan of these trees; only a hang (the regression) reaches it.</summary>
    private static readonly TimeSpan s_hang = TimeSpan.FromMinutes(3);

    private readonly string _root = SourceInputTree.Create();
    private readonly List<string> _extra = [];

    /// <summary>The source file of a class using the deprecated type on line 4.</summary>
    private static string Using(string className) =>
        $"namespace Shop;\npublic static class {className}\n{{\n    public static object Make() => new LegacyFactory();\n}}\n";

    /// <summary>Scans in source mode on a task, so a hang fails the test instead of blocking the run.</summary>
    private ScanResult Scan(string? root = null)
    {
        string scanRoot = root ?? _root;
        Task<ScanResult> scan = Task.Run(() => SsotScanner.Scan(new ScanOptions(scanRoot) { Mode = ScanMode.Source }, SsotRegistryLoader.Load(Path.Combine(_root, "ssot.json"))));
        scan.Wait(s_hang).Should().BeTrue("the scan must end (a FIFO or a link loop must not block it)");
        return scan.Result;
    }

    private static string[] Found(ScanResult result) => result.Violations.Select(v => $"{v.RuleId} {v.File}:{v.Line}").ToArray();

    private void Write(string relative, string text, Encoding? encoding = null) => SourceInputTree.Write(_root, relative, text, encoding);

    [UnixFact]
    public void Scan_FifoNamedLikeASource_IsAWarningNeverOpenedAndTheRestIsChecked()
    {
        Fifo.Make(Path.Combine(_root, "Pipe.cs"));

        ScanResult result = Scan();

        result.Warnings.Should().ContainSingle(w => w.StartsWith("Pipe.cs: a FIFO (named pipe), not a regular file; it was never opened", StringComparison.Ordinal));
        result.Diagnostics.Should().BeEmpty("a FIFO holds no source to check; it is listed, not a failure");
        Found(result).Should().Equal("SSOT001 Use.cs:4");
    }

    [Fact]
    public void Scan_OnlyRegularFiles_HasNoSkippedEntryWarning()
    {
        ScanResult result = Scan();

        result.Warnings.Should().BeEmpty();
        result.Diagnostics.Should().BeEmpty();
        Found(result).Should().Equal("SSOT001 Use.cs:4");
    }

    [Fact]
    public void Scan_TwoDirectoryLinksFormingALoopAndASelfLink_EndsAndReportsEachViolationOnce()
    {
        Write("a/InA.cs", Using("InA"));
        Write("b/InB.cs", Using("InB"));
        Directory.CreateSymbolicLink(Path.Combine(_root, "a", "tob"), "../b");
        Directory.CreateSymbolicLink(Path.Combine(_root, "b", "toa"), "../a");
        Directory.CreateSymbolicLink(Path.Combine(_root, "self"), ".");

        ScanResult result = Scan();

        Found(result).Should().Equal("SSOT001 Use.cs:4", "SSOT001 a/InA.cs:4", "SSOT001 b/InB.cs:4");
        result.Statistics.FilesScanned.Should().Be(4, "Legacy.cs, Use.cs, a/InA.cs and b/InB.cs, each once");
        result.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Scan_TwoLinksToOneFolderOutsideTheRoot_FollowsItOnceUnderTheFirstLink()
    {
        string outside = Path.Combine(Path.GetTempPath(), "ssot-input-outside-" + Guid.NewGuid().ToString("N"));
        _extra.Add(outside);
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "Ext.cs"), Using("Ext"));
        Directory.CreateSymbolicLink(Path.Combine(_root, "ext1"), outside);
        Directory.CreateSymbolicLink(Path.Combine(_root, "ext2"), outside);
        File.CreateSymbolicLink(Path.Combine(_root, "UseAgain.cs"), Path.Combine(_root, "Use.cs"));

        ScanResult result = Scan();

        Found(result).Should().Equal("SSOT001 Use.cs:4", "SSOT001 ext1/Ext.cs:4");
    }

    [Theory]
    [InlineData("utf-16LE")]
    [InlineData("utf-16BE")]
    public void Scan_Utf16FileWithBom_UseIsFound(string encodingName)
    {
        Encoding encoding = encodingName == "utf-16LE" ? new UnicodeEncoding(bigEndian: false, byteOrderMark: true) : new UnicodeEncoding(bigEndian: true, byteOrderMark: true);
        Write("Wide.cs", Using("Wide"), encoding);
        File.ReadAllBytes(Path.Combine(_root, "Wide.cs")).Take(2).Should().Equal(encoding.GetPreamble());

        ScanResult result = Scan();

        Found(result).Should().Equal("SSOT001 Use.cs:4", "SSOT001 Wide.cs:4");
        result.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Scan_Utf16FileWithoutDeprecatedUse_IsNotReported()
    {
        Write("Wide.cs", "namespace Shop;\npublic static class Wide\n{\n    public static object Make() => new NewFactory(); // not LegacyFactory\n}\n", new UnicodeEncoding(bigEndian: false, byteOrderMark: true));

        ScanResult result = Scan();

        Found(result).Should().Equal("SSOT001 Use.cs:4");
        result.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Scan_InvalidUtf8_IsDecodedWithTheFallbackCodePageAndChecked()
    {
        // "café" in Windows-1252: the 0xE9 byte alone is invalid UTF-8, which the compiler reads as code page 1252.
        byte[] bytes = [.. Encoding.ASCII.GetBytes("namespace Shop;\n// caf"), 0xE9, .. Encoding.ASCII.GetBytes("\npublic static class Latin\n{\n    public static object Make() => new LegacyFactory();\n}\n")];
        File.WriteAllBytes(Path.Combine(_root, "Latin.cs"), bytes);

        ScanResult result = Scan();

        Found(result).Should().Equal("SSOT001 Latin.cs:5", "SSOT001 Use.cs:4");
        result.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Scan_IdentifierWrittenWithUnicodeEscape_IsFound()
    {
        Write("Escaped.cs", "namespace Shop;\npublic static class Escaped\n{\n    public static object Make() => new Legacy\\u0046actory();\n}\n");

        ScanResult result = Scan();

        Found(result).Should().Equal("SSOT001 Escaped.cs:4", "SSOT001 Use.cs:4");
    }

    [Fact]
    public void Scan_UnicodeEscapeInAString_IsNotReported()
    {
        Write("Text.cs", "namespace Shop;\npublic static class Text\n{\n    public const string Name = \"Legacy\\u0046actory\";\n}\n");

        ScanResult result = Scan();

        Found(result).Should().Equal("SSOT001 Use.cs:4");
    }

    [Fact]
    public void Scan_TenThousandNestedParenthesesAndTwentyThousandNestedBlocks_OneDiagnosticEachAndTheRestIsChecked()
    {
        WriteDeep();

        ScanResult result = Scan();

        result.Diagnostics.Select(d => d.File).Should().Equal("Blocks.cs", "Parens.cs");
        result.Diagnostics.Should().OnlyContain(d => d.Message.StartsWith("too deeply nested to analyse (more than 1,000 nested brackets)", StringComparison.Ordinal));
        Found(result).Should().Equal("SSOT001 Use.cs:4");
    }

    [Fact]
    public void Scan_DeepButWithinTheLimit_IsAnalysed()
    {
        Write("Nested.cs", "namespace Shop;\npublic static class Nested\n{\n    public static void M()\n" + new string('{', 900) + " _ = new LegacyFactory(); " + new string('}', 900) + "\n}\n");

        ScanResult result = Scan();

        result.Diagnostics.Should().BeEmpty();
        Found(result).Should().Equal("SSOT001 Nested.cs:5", "SSOT001 Use.cs:4");
    }

    [Fact]
    public void Scan_DeepNestingWithoutBrackets_IsTheParsersCS8078AsOneDiagnostic()
    {
        Write("Ifs.cs", "namespace Shop;\npublic static class Ifs\n{\n    public static void M(bool a)\n    {\n" + string.Concat(Enumerable.Repeat("if (a) ", 100_000)) + "_ = new LegacyFactory();\n    }\n}\n");

        ScanResult result = Scan();

        result.Diagnostics.Should().ContainSingle().Which.Should().Match<ScanDiagnostic>(d => d.File == "Ifs.cs" && d.Message.StartsWith("too deeply nested to analyse (CS8078", StringComparison.Ordinal));
        Found(result).Should().Equal("SSOT001 Use.cs:4");
    }

    [Fact]
    public void Scan_FileLargerThanTheLimit_IsOneDiagnosticAndTheRestIsChecked()
    {
        string big = Path.Combine(_root, "Huge.cs");
        using (FileStream stream = File.Create(big))
        {
            stream.Write(Encoding.ASCII.GetBytes("namespace Shop; // LegacyFactory\n"));
            stream.SetLength(16L * 1024 * 1024 + 1);
        }

        ScanResult result = Scan();

        result.Diagnostics.Should().ContainSingle().Which.Should().Match<ScanDiagnostic>(d => d.File == "Huge.cs"
            && d.Message.StartsWith("larger than 16 MB (16,777,217 bytes), so it was not analysed", StringComparison.Ordinal));
        Found(result).Should().Equal("SSOT001 Use.cs:4");
    }

    [Fact]
    public void Scan_FileAtTheLimit_IsAnalysed()
    {
        string text = Using("AtLimit");
        using (FileStream stream = File.Create(Path.Combine(_root, "AtLimit.cs")))
        {
            stream.Write(Encoding.ASCII.GetBytes(text));
            stream.Write(Encoding.ASCII.GetBytes("//"));
            stream.Write(Enumerable.Repeat((byte)'x', (int)(16L * 1024 * 1024) - text.Length - 2).ToArray());
        }

        ScanResult result = Scan();

        result.Diagnostics.Should().BeEmpty();
        Found(result).Should().Equal("SSOT001 AtLimit.cs:4", "SSOT001 Use.cs:4");
    }

    private void WriteDeep() => SourceInputTree.WriteDeep(_root);

    public void Dispose()
    {
        foreach (string folder in _extra.Append(_root))
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
