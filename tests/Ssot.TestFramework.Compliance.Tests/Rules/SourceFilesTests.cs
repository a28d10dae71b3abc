using System.Text;
using FluentAssertions;
using Ssot.TestFramework.Compliance.Rules;
using Ssot.TestFramework.Testing;

namespace Ssot.TestFramework.Compliance.Tests.Rules;

/// <summary>The reading and depth checks under the scan's walk, on real file system objects.</summary>
public sealed class SourceFilesTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("ssot-files-").FullName;

    [UnixFact]
    public void Read_Fifo_ReturnsTheReasonWithoutBlocking()
    {
        string fifo = Path.Combine(_root, "Pipe.cs");
        Fifo.Make(fifo);

        Task<(byte[]? Bytes, string? Problem)> read = Task.Run(() => SourceFiles.Read(fifo));
        read.Wait(TimeSpan.FromMinutes(1)).Should().BeTrue("reading must never open a FIFO");

        read.Result.Bytes.Should().BeNull();
        read.Result.Problem.Should().StartWith("a FIFO (named pipe), not a regular file; it was never opened");
    }

    [Fact]
    public void Read_RegularFile_ReturnsItsBytes()
    {
        string file = Path.Combine(_root, "File.cs");
        File.WriteAllText(file, "class C { }");

        (byte[]? bytes, string? problem) = SourceFiles.Read(file);

        problem.Should().BeNull();
        bytes.Should().Equal(Encoding.UTF8.GetBytes("class C { }"));
    }

    [Theory]
    [InlineData("a", false)]
    [InlineData("b", true)]
    public void IsTooDeep_BracketsInCommentsAndLiteralsDoNotCount(string variant, bool deep)
    {
        string open = new('(', 1_001), close = new(')', 1_001);
        string text = variant == "a"
            ? $"// {open}\n/* {open} */\nstring s = \"{open}\"; string v = @\"{open}\"\"\"; string r = \"\"\"{open}\"\"\"; char c = '(';\n"
            : $"int v = {open}1{close};";

        SourceLimits.IsTooDeep(text).Should().Be(deep);
    }

    [Fact]
    public void IsTooDeep_AtTheLimit_IsNotTooDeep() =>
        SourceLimits.IsTooDeep(new string('{', SourceLimits.MaxNesting) + new string('}', SourceLimits.MaxNesting)).Should().BeFalse();

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
