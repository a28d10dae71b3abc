using System.Runtime.InteropServices;
using System.Text;

namespace Ssot.TestFramework.Common;

/// <summary>What kind of file system entry a path is.</summary>
internal enum FileKind
{
    /// <summary>Nothing there (or a dangling link).</summary>
    Missing,

    /// <summary>A regular file: the only kind the engine reads.</summary>
    Regular,

    /// <summary>A directory.</summary>
    Directory,

    /// <summary>A symbolic link (only when links are not followed).</summary>
    SymbolicLink,

    /// <summary>A named pipe: opening it blocks until a writer appears.</summary>
    Fifo,

    /// <summary>A Unix domain socket.</summary>
    Socket,

    /// <summary>A character device, e.g. <c>/dev/zero</c>.</summary>
    CharacterDevice,

    /// <summary>A block device.</summary>
    BlockDevice,

    /// <summary>Anything else.</summary>
    Other,
}

/// <summary>
/// Tells what a path is (regular file, folder, FIFO, socket, device, link) without opening it, and resolves real paths.
/// The one place the kit asks the file system this: the scan's walk and the registry and baseline readers use it.
/// Stateless and thread-safe.
/// </summary>
/// <remarks>
/// .NET has no public API for the type of a file on Unix (<see cref="FileAttributes"/> does not tell a FIFO from a
/// file, and opening a FIFO to find out blocks). The runtime's own shim does: <c>SystemNative_Stat</c> and
/// <c>SystemNative_LStat</c> in <c>libSystem.Native</c>, which ships with every .NET runtime on Unix and fills a
/// platform-independent <c>FileStatus</c> whose second field is the mode with the <c>S_IFMT</c> bits normalized (the
/// layout <c>System.IO</c> itself reads). The first call checks that the root directory reads back as a directory; if
/// the shim were ever missing or different, entries fall back to what <see cref="FileAttributes"/> tells.
/// </remarks>
internal static class FileKinds
{
    private const int ModeOffset = 4;
    private const int FileTypeMask = 0xF000;
    private const int StatusBufferBytes = 512;

    private static readonly Lazy<bool> s_nativeStat = new(ProbeNativeStat, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The kind of <paramref name="path"/>, following a final symbolic link when <paramref name="follow"/> is true; never opens it.</summary>
    public static FileKind Of(string path, bool follow)
    {
        if (!OperatingSystem.IsWindows() && s_nativeStat.Value)
        {
            int? mode = NativeMode(path, follow);
            return mode is null ? FileKind.Missing : (mode.Value & FileTypeMask) switch
            {
                0x8000 => FileKind.Regular,
                0x4000 => FileKind.Directory,
                0xA000 => FileKind.SymbolicLink,
                0x1000 => FileKind.Fifo,
                0xC000 => FileKind.Socket,
                0x2000 => FileKind.CharacterDevice,
                0x6000 => FileKind.BlockDevice,
                _ => FileKind.Other,
            };
        }

        try
        {
            var info = new FileInfo(path);
            if (!follow && info.LinkTarget is not null)
            {
                return FileKind.SymbolicLink;
            }

            FileSystemInfo target = follow && info.LinkTarget is not null ? info.ResolveLinkTarget(returnFinalTarget: true) ?? info : info;
            target.Refresh();
            if (!target.Exists && !Directory.Exists(target.FullName))
            {
                return FileKind.Missing;
            }

            FileAttributes attributes = File.GetAttributes(target.FullName);
            return (attributes & FileAttributes.Directory) != 0 ? FileKind.Directory
                : (attributes & FileAttributes.Device) != 0 ? FileKind.CharacterDevice
                : FileKind.Regular;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return FileKind.Missing;
        }
    }

    /// <summary>How a skipped entry is named in a message, e.g. "a FIFO (named pipe)".</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Fifo => "a FIFO (named pipe)",
        FileKind.Socket => "a socket",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Directory => "a directory",
        FileKind.Missing => "a dangling link",
        _ => "not a regular file",
    };

    /// <summary>
    /// The path with every symbolic link resolved (like <c>realpath(3)</c>), or <see langword="null"/> when a link
    /// cannot be resolved (dangling, or more than 40 links: a loop). Missing components are kept as they are.
    /// </summary>
    public static string? RealPath(string path)
    {
        string full = Path.GetFullPath(path);
        string root = Path.GetPathRoot(full) ?? string.Empty;
        var remaining = new List<string>(full[root.Length..].Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries));
        string current = root;
        int links = 0;
        while (remaining.Count > 0)
        {
            string name = remaining[0];
            remaining.RemoveAt(0);
            if (name == ".")
            {
                continue;
            }

            if (name == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            string candidate = Path.Join(current, name);
            string? target;
            try
            {
                target = new FileInfo(candidate).LinkTarget;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                target = null;
            }

            if (target is null)
            {
                current = candidate;
                continue;
            }

            if (++links > 40)
            {
                return null;
            }

            string resolved = Path.GetFullPath(target, current);
            string resolvedRoot = Path.GetPathRoot(resolved) ?? string.Empty;
            remaining.InsertRange(0, resolved[resolvedRoot.Length..].Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries));
            current = resolvedRoot;
        }

        return current;
    }

    private static int? NativeMode(string path, bool follow)
    {
        byte[] name = Encoding.UTF8.GetBytes(path + "\0");
        byte[] status = new byte[StatusBufferBytes];
        int rc = follow ? Stat(name, status) : LStat(name, status);
        return rc == 0 ? BitConverter.ToInt32(status, ModeOffset) : null;
    }

    private static bool ProbeNativeStat()
    {
        try
        {
            string root = Path.GetPathRoot(Path.GetTempPath()) ?? "/";
            return NativeMode(root, follow: false) is int mode && (mode & FileTypeMask) == 0x4000;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException)
        {
            return false;
        }
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", SetLastError = true)]
    private static extern int Stat(byte[] path, byte[] status);

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_LStat", SetLastError = true)]
    private static extern int LStat(byte[] path, byte[] status);
}
