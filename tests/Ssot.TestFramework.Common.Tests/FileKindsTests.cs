using System.Net.Sockets;
using FluentAssertions;
using Ssot.TestFramework.Common;
using Ssot.TestFramework.Testing;

namespace Ssot.TestFramework.Common.Tests;

/// <summary>File kinds told without opening, and real paths through link chains and loops, on real file system objects.</summary>
public sealed class FileKindsTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("ssot-kinds-").FullName;

    [UnixFact]
    public void Of_EachFileSystemObject_IsToldWithoutOpeningIt()
    {
        string file = Path.Combine(_root, "File.cs");
        File.WriteAllText(file, "class C { }");
        string fifo = Path.Combine(_root, "Pipe.cs");
        Fifo.Make(fifo);

        string socketPath = Path.Combine(_root, "Socket.cs");
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(socketPath));
        string link = Path.Combine(_root, "Link.cs");
        File.CreateSymbolicLink(link, file);

        FileKinds.Of(file, follow: false).Should().Be(FileKind.Regular);
        FileKinds.Of(fifo, follow: true).Should().Be(FileKind.Fifo);
        FileKinds.Of(socketPath, follow: true).Should().Be(FileKind.Socket);
        FileKinds.Of("/dev/null", follow: true).Should().Be(FileKind.CharacterDevice);
        FileKinds.Of(_root, follow: false).Should().Be(FileKind.Directory);
        FileKinds.Of(link, follow: false).Should().Be(FileKind.SymbolicLink);
        FileKinds.Of(link, follow: true).Should().Be(FileKind.Regular);
        FileKinds.Of(Path.Combine(_root, "Missing.cs"), follow: true).Should().Be(FileKind.Missing);
    }

    [Fact]
    public void RealPath_LinkLoop_IsNullAndAChainResolves()
    {
        Directory.CreateDirectory(Path.Combine(_root, "real"));
        File.CreateSymbolicLink(Path.Combine(_root, "x"), "y");
        File.CreateSymbolicLink(Path.Combine(_root, "y"), "x");
        Directory.CreateSymbolicLink(Path.Combine(_root, "one"), "two");
        Directory.CreateSymbolicLink(Path.Combine(_root, "two"), "real");

        FileKinds.RealPath(Path.Combine(_root, "x")).Should().BeNull();
        FileKinds.RealPath(Path.Combine(_root, "one", "A.cs")).Should().Be(Path.Combine(FileKinds.RealPath(_root)!, "real", "A.cs"));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
