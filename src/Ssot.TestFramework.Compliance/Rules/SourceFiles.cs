using System.IO.Enumeration;
using System.Text;
using Microsoft.CodeAnalysis.Text;
using Ssot.TestFramework.Common;

namespace Ssot.TestFramework.Compliance.Rules;

/// <summary>
/// How the engine finds and reads source files: a walk that follows directory links at most once per real directory
/// and never opens anything but a regular file, and reading and decoding as the compiler does. Stateless and
/// thread-safe. Documented in <c>docs/import-rules.md</c> ("What the scan reads"). File kinds and real paths come
/// from <see cref="FileKinds"/>, which the registry and baseline readers use too.
/// </summary>
internal static partial class SourceFiles
{
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
        string rootReal = FileKinds.RealPath(fullRoot) ?? fullRoot;
        visited.Add(rootReal);
        pending.Push((fullRoot, rootReal, false));
        while (pending.Count > 0 || links.Count > 0)
        {
            if (pending.Count == 0)
            {
                // Plain folders first; then each pending directory link, in the order found.
                (string linkPath, bool viaLink) = links.Dequeue();
                string? real = FileKinds.RealPath(linkPath);
                if (real is not null && FileKinds.Of(real, follow: false) == FileKind.Directory && visited.Add(real))
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

                string? fileReal = isLink ? FileKinds.RealPath(path) : Path.Join(dirReal, name);
                FileKind kind = fileReal is null ? FileKind.Missing : FileKinds.Of(fileReal, follow: false);
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
            FileKind kind = FileKinds.Of(path, follow: true);
            if (kind == FileKind.Missing)
            {
                return (null, "cannot read file: it does not exist (or is a link to nothing).");
            }

            if (kind != FileKind.Regular)
            {
                return (null, NotRegular(kind));
            }

            (byte[]? bytes, long seen) = InputFile.ReadAtMost(path, SourceLimits.MaxFileBytes);
            return bytes is null ? (null, SourceLimits.TooLarge(seen)) : (bytes, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, $"cannot read file: {ex.GetType().Name}: {ex.Message}");
        }
    }

    /// <summary>The message for a compile item or source path that is not a regular file.</summary>
    public static string NotRegular(FileKind kind) =>
        $"{FileKinds.Describe(kind)}, not a regular file; it was never opened (reading it could block forever). Remove it or exclude it in the registry (\"exclude\").";

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
