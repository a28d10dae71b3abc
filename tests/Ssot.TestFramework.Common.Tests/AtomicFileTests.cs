using System.Runtime.Versioning;
using FluentAssertions;
using Ssot.TestFramework.Common;

namespace Ssot.TestFramework.Common.Tests;

[UnsupportedOSPlatform("windows")] // file modes and symlinks as on Unix
public sealed class AtomicFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ssot-atomic-").FullName;

    [Fact]
    public void Write_ExistingFile_ReplacesContentAndKeepsItsMode()
    {
        string path = Path.Combine(_dir, "baseline.json");
        File.WriteAllText(path, "old\n");
        const UnixFileMode mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead; // 0640
        File.SetUnixFileMode(path, mode);

        AtomicFile.Write(path, w => w.Write("new\n"));

        File.ReadAllText(path).Should().Be("new\n");
        File.GetUnixFileMode(path).Should().Be(mode);
        Directory.GetFiles(_dir).Should().Equal(path);
    }

    [Fact]
    public void Write_NewFile_GetsTheDefaultModeAndItsFolder()
    {
        string path = Path.Combine(_dir, "sub", "report.md");

        AtomicFile.Write(path, w => w.Write("report\n"));

        File.ReadAllText(path).Should().Be("report\n");
        File.GetUnixFileMode(path).Should().HaveFlag(UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    [Fact]
    public void Write_ThroughASymlink_RewritesTheTargetAndKeepsTheLink()
    {
        string target = Path.Combine(_dir, "real.json");
        File.WriteAllText(target, "old\n");
        string link = File.CreateSymbolicLink(Path.Combine(_dir, "link.json"), target).FullName;

        AtomicFile.Write(link, w => w.Write("new\n"));

        new FileInfo(link).LinkTarget.Should().Be(target);
        File.ReadAllText(target).Should().Be("new\n");
    }

    [Fact]
    public void Write_FolderAsTarget_ThrowsNamingItAndLeavesNoTemporaryFile()
    {
        string folder = Directory.CreateDirectory(Path.Combine(_dir, "out")).FullName;

        Action write = () => AtomicFile.Write(folder, w => w.Write("x"));

        write.Should().Throw<IOException>().WithMessage($"'{folder}' is a folder, not a file.");
        Directory.GetFileSystemEntries(_dir).Should().Equal(folder);
    }

    [Fact]
    public void Write_ContentFails_LeavesThePreviousFileAndNoTemporaryFile()
    {
        string path = Path.Combine(_dir, "report.json");
        File.WriteAllText(path, "previous\n");

        Action write = () => AtomicFile.Write(path, w =>
        {
            w.Write("half");
            throw new InvalidOperationException("writer failed");
        });

        write.Should().Throw<InvalidOperationException>();
        File.ReadAllText(path).Should().Be("previous\n");
        Directory.GetFiles(_dir).Should().Equal(path);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
