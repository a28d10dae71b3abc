using System.Text;
using FluentAssertions;
using Ssot.TestFramework.Common;
using Ssot.TestFramework.Testing;

namespace Ssot.TestFramework.Common.Tests;

public sealed class InputFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ssot-input-").FullName;

    [Fact]
    public void ReadText_RegularFileUtf8OrUtf16WithBom_IsRead()
    {
        string utf8 = Path.Combine(_dir, "a.json");
        string utf16 = Path.Combine(_dir, "b.json");
        File.WriteAllText(utf8, "{ \"é\": 1 }");
        File.WriteAllText(utf16, "{ \"é\": 1 }", new UnicodeEncoding(bigEndian: false, byteOrderMark: true));

        InputFile.ReadText(utf8).Should().Be("{ \"é\": 1 }");
        InputFile.ReadText(utf16).Should().Be("{ \"é\": 1 }");
        InputFile.KindOf(utf8).Should().Be(InputFile.Kind.Regular);
    }

    [Fact]
    public void ReadText_Fifo_IsRefusedWithoutOpeningIt()
    {
        string fifo = Path.Combine(_dir, "pipe.json");
        Fifo.Make(fifo);

        Action read = () => InputFile.ReadText(fifo);

        InputFile.KindOf(fifo).Should().Be(InputFile.Kind.Special);
        read.Should().Throw<InputFileException>().WithMessage("it is a FIFO (named pipe), not a regular file");
    }

    [Fact]
    public void ReadText_CharacterDevice_IsRefused()
    {
        Action read = () => InputFile.ReadText("/dev/zero");

        read.Should().Throw<InputFileException>().WithMessage("it is a character device, not a regular file");
    }

    [Fact]
    public void ReadText_FolderOrMissing_IsRefusedSayingWhich()
    {
        Action folder = () => InputFile.ReadText(_dir);
        Action missing = () => InputFile.ReadText(Path.Combine(_dir, "none.json"));

        folder.Should().Throw<InputFileException>().WithMessage("it is a folder, not a file");
        missing.Should().Throw<FileNotFoundException>();
    }

    [Fact]
    public void ReadText_LargerThanTheLimit_IsRefused()
    {
        string huge = Path.Combine(_dir, "huge.json");
        using (var stream = new FileStream(huge, FileMode.CreateNew))
        {
            stream.SetLength(InputFile.MaxBytes + 1); // sparse
        }

        Action read = () => InputFile.ReadText(huge);

        read.Should().Throw<InputFileException>().WithMessage("it is larger than 32 MB*");
    }

    [Fact]
    public void SameFile_SpellingsAndSymlinks_AreTheSameAndOthersAreNot()
    {
        string file = Path.Combine(_dir, "ssot.json");
        File.WriteAllText(file, "{}");
        string folderLink = Directory.CreateSymbolicLink(Path.Combine(_dir, "linked"), _dir).FullName;
        string fileLink = File.CreateSymbolicLink(Path.Combine(_dir, "alias.json"), file).FullName;

        InputFile.SameFile(file, Path.Combine(_dir, ".", "sub", "..", "ssot.json")).Should().BeTrue();
        InputFile.SameFile(file, Path.Combine(folderLink, "ssot.json")).Should().BeTrue();
        InputFile.SameFile(fileLink, file).Should().BeTrue();
        InputFile.SameFile(Path.Combine(folderLink, "new.json"), Path.Combine(_dir, "new.json")).Should().BeTrue("a file not written yet is compared by its folder");
        InputFile.SameFile(file, Path.Combine(_dir, "other.json")).Should().BeFalse();
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
