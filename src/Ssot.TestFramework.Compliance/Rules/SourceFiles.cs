using System.IO.Enumeration;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace Ssot.TestFramework.Compliance.Rules;

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
/// How the engine finds and reads source files: a walk that follows directory links at most once per real directory
/// and never opens anything but a regular file, and reading and decoding as the compiler does. Stateless and
/// thread-safe. Documented in <c>docs/import-rules.md</c> ("What the scan reads").
/// </summary>
/// <remarks>
/// .NET has no public API for the type of a file on Unix (<see cref="FileAttributes"/> does not tell a FIFO from a
/// file, and opening a FIFO to find out blocks). The runtime's own shim does: <c>SystemNative_Stat</c> and
/// <c>SystemNative_LStat</c> in <c>libSystem.Native</c>, which ships with every .NET runtime on Unix and fills a
/// platform-independent <c>FileStatus</c> whose second field is the mode with the <c>S_IFMT</c> bits normalized (the
/// layout <c>System.IO</c> itself reads). The first call checks that the root directory reads back as a directory; if
/// the shim were ever missing or different, entries fall back to what <see cref="FileAttributes"/> tells.
/// </remarks>
internal static partial class SourceFiles
{
    private const int ModeOffset = 4;
    private const int FileTypeMask = 0xF000;
    private const int StatusBufferBytes = 512;

    private static readonly Lazy<bool> s_nativeStat = new(ProbeNativeStat, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The kind of <paramref name="path"/>, following a final symbolic link when <paramref name="follow"/> is true; never opens it.</summary>
    public static FileKind Kind(string path, bool follow)
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

    /// <summary>
    /// Walks <paramref name="root"/>: every regular file <paramref name="includeFile"/> accepts, each real file once.
    /// Plain folders are walked first; a directory link is followed afterwards, only into a real directory not walked
    /// yet, so loops end and nothing is listed twice, and a file keeps its own path when it is also reachable through
    /// a link. Entries <paramref name="includeFile"/> accepts that are not regular files are never opened: they are
    /// listed in <see cref="WalkResult.Skipped"/>.
    /// </summary>
    /// <param name="root">The folder to walk.</param>
    /// <param name="includeFile">Whether a file (absolute path) is wanted.</param>
    /// <param name="descend">Whether to enter a folder (absolute path); default: every folder.</param>
    public static WalkResult Walk(string root, Func<string, bool> includeFile, Func<string, bool>? descend = null)
    {
        string fullRoot = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        var result = new WalkResult();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var files = new Dictionary<string, (string Path, bool ViaLink)>(StringComparer.Ordinal);
        var pending = new Stack<(string Path, string Real, bool ViaLink)>();
        var links = new Queue<(string Path, bool ViaLink)>();
        string rootReal = RealPath(fullRoot) ?? fullRoot;
        visited.Add(rootReal);
        pending.Push((fullRoot, rootReal, false));
        while (pending.Count > 0 || links.Count > 0)
        {
            if (pending.Count == 0)
            {
                // Plain folders first; then each pending directory link, in the order found.
                (string linkPath, bool viaLink) = links.Dequeue();
                string? real = RealPath(linkPath);
                if (real is not null && Kind(real, follow: false) == FileKind.Directory && visited.Add(real))
                {
                    pending.Push((linkPath, real, true));
                }

                continue;
            }

            (string dir, string dirReal, bool dirViaLink) = pending.Pop();
            List<(string Name, bool IsDirectory, bool IsLink)> entries;
            try
            {
                entries = new FileSystemEnumerable<(string, bool, bool)>(
                        dir,
                        (ref FileSystemEntry e) => (e.FileName.ToString(), e.IsDirectory, (e.Attributes & FileAttributes.ReparsePoint) != 0),
                        new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = false, AttributesToSkip = 0, ReturnSpecialDirectories = false })
                    .OrderBy(e => e.Item1, StringComparer.Ordinal)
                    .ToList();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                result.Unreadable.Add((dir, $"cannot read folder: {ex.GetType().Name}: {ex.Message}; its files were not checked. Make it readable or exclude it."));
                continue;
            }

            var children = new List<(string, string, bool)>();
            foreach ((string name, bool isDirectory, bool isLink) in entries)
            {
                string path = Path.Join(dir, name);
                if (isDirectory)
                {
                    if (descend is not null && !descend(path))
                    {
                        continue;
                    }

                    if (isLink)
                    {
                        result.Links.Add(path);
                        links.Enqueue((path, true));
                    }
                    else if (visited.Add(Path.Join(dirReal, name)))
                    {
                        children.Add((path, Path.Join(dirReal, name), dirViaLink));
                    }

                    continue;
                }

                if (!includeFile(path))
                {
                    continue;
                }

                string? fileReal = isLink ? RealPath(path) : Path.Join(dirReal, name);
                FileKind kind = fileReal is null ? FileKind.Missing : Kind(fileReal, follow: false);
                if (kind == FileKind.Missing)
                {
                    // A dangling link (or a link loop): the compiler could not read it either.
                    result.Unreadable.Add((path, $"cannot read file: the link points to '{LinkTarget(path)}', which does not exist (or the links form a loop). Fix or remove the link."));
                    continue;
                }

                if (kind != FileKind.Regular)
                {
                    result.Skipped.Add((path, kind));
                    continue;
                }

                bool viaLink = dirViaLink || isLink;
                if (!files.TryGetValue(fileReal!, out (string Path, bool ViaLink) kept)
                    || (kept.ViaLink && !viaLink)
                    || (kept.ViaLink == viaLink && string.CompareOrdinal(path, kept.Path) < 0))
                {
                    files[fileReal!] = (path, viaLink);
                }
            }

            // Depth-first in name order: push in reverse so the first name is walked first.
            for (int i = children.Count - 1; i >= 0; i--)
            {
                pending.Push(children[i]);
            }
        }

        result.Files.AddRange(files.Values.Select(f => f.Path).Order(StringComparer.Ordinal));
        result.Skipped.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return result;
    }

    /// <summary>
    /// Reads a source file's bytes: only a regular file of at most <see cref="SourceLimits.MaxFileBytes"/>, checked
    /// before it is opened. Returns the bytes, or <see langword="null"/> and the one-line reason.
    /// </summary>
    public static (byte[]? Bytes, string? Problem) Read(string path)
    {
        try
        {
            FileKind kind = Kind(path, follow: true);
            if (kind == FileKind.Missing)
            {
                return (null, "cannot read file: it does not exist (or is a link to nothing).");
            }

            if (kind != FileKind.Regular)
            {
                return (null, NotRegular(kind));
            }

            long length = new FileInfo(path).Length;
            if (length > SourceLimits.MaxFileBytes)
            {
                return (null, SourceLimits.TooLarge(length));
            }

            byte[] bytes = File.ReadAllBytes(path);
            return bytes.LongLength > SourceLimits.MaxFileBytes ? (null, SourceLimits.TooLarge(bytes.LongLength)) : (bytes, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, $"cannot read file: {ex.GetType().Name}: {ex.Message}");
        }
    }

    /// <summary>The message for a compile item or source path that is not a regular file.</summary>
    public static string NotRegular(FileKind kind) =>
        $"{Describe(kind)}, not a regular file; it was never opened (reading it could block forever). Remove it or exclude it in the registry (\"exclude\").";

    /// <summary>
    /// Decodes source bytes as the compiler does (<see cref="SourceText.From(Stream, Encoding?, Microsoft.CodeAnalysis.Text.SourceHashAlgorithm, bool, bool)"/>
    /// with no encoding: a byte order mark for UTF-8 or UTF-16 LE/BE, else UTF-8, else the fallback code page 1252).
    /// </summary>
    public static SourceText Decode(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return SourceText.From(stream, encoding: null, SourceHashAlgorithm.Sha256, throwIfBinaryDetected: false, canBeEmbedded: false);
    }

    /// <summary>Whether the bytes decode as plain UTF-8 (optionally with its BOM), so byte-level searches for UTF-8 names are exact.</summary>
    public static bool IsPlainUtf8(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return false;
        }

        return System.Text.Unicode.Utf8.IsValid(bytes);
    }

    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
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

/// <summary>What <see cref="SourceFiles.Walk"/> found.</summary>
internal sealed class WalkResult
{
    /// <summary>Gets the regular files, each real file once, sorted.</summary>
    public List<string> Files { get; } = [];

    /// <summary>Gets the wanted entries that are not regular files (never opened), sorted by path.</summary>
    public List<(string Path, FileKind Kind)> Skipped { get; } = [];

    /// <summary>Gets every directory link met (followed or not), in the order met.</summary>
    public List<string> Links { get; } = [];

    /// <summary>Gets the folders that could not be listed and the dangling file links, with the message.</summary>
    public List<(string Path, string Message)> Unreadable { get; } = [];
}
