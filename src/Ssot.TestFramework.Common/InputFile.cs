using System.Text;

namespace Ssot.TestFramework.Common;

/// <summary>
/// Reads a small input file (a registry, a baseline, a banned-symbols list) safely: only a regular file is opened
/// (never a FIFO, which would block forever, nor a device such as <c>/dev/zero</c>, which never ends), and only up to
/// a size limit. Also tells whether two paths name the same file, through any spelling or symbolic link.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class InputFile
{
    /// <summary>The largest input file read: 32 MB.</summary>
    public const long MaxBytes = 32L * 1024 * 1024;

    /// <summary>What kind of file system entry a path is.</summary>
    public enum Kind
    {
        /// <summary>Nothing is there.</summary>
        Missing,

        /// <summary>A regular file (through any symbolic links).</summary>
        Regular,

        /// <summary>A folder.</summary>
        Folder,

        /// <summary>A FIFO, socket or device: never opened.</summary>
        Special,
    }

    /// <summary>Returns the kind of <paramref name="path"/>, following symbolic links.</summary>
    /// <param name="path">The path.</param>
    /// <returns>The kind; <see cref="Kind.Missing"/> also for a dangling link; <see cref="Kind.Regular"/> when the file exists but its type cannot be read (the read then reports the real error).</returns>
    public static Kind KindOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            return Kind.Folder;
        }

        if (!File.Exists(path))
        {
            return Kind.Missing;
        }

        return FileKinds.Of(path, follow: true) switch
        {
            FileKind.Directory => Kind.Folder,
            FileKind.Fifo or FileKind.Socket or FileKind.CharacterDevice or FileKind.BlockDevice or FileKind.Other => Kind.Special,
            _ => Kind.Regular,
        };
    }

    /// <summary>Describes a special file for a message, e.g. "a FIFO (named pipe)".</summary>
    /// <param name="path">The path.</param>
    /// <returns>The description.</returns>
    public static string DescribeSpecial(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        FileKind kind = FileKinds.Of(path, follow: true);
        return kind == FileKind.Other ? "not a regular file" : FileKinds.Describe(kind) + ", not a regular file";
    }

    /// <summary>
    /// Reads a regular file as text (UTF-8, or the encoding its byte-order mark names), refusing anything else.
    /// </summary>
    /// <param name="path">The absolute path.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FileNotFoundException">Nothing is at <paramref name="path"/>.</exception>
    /// <exception cref="InputFileException">It is a folder, a FIFO, socket or device, or larger than <see cref="MaxBytes"/>.</exception>
    /// <exception cref="IOException">It cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">It cannot be read (permissions).</exception>
    public static string ReadText(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        switch (KindOf(path))
        {
            case Kind.Missing:
                throw new FileNotFoundException($"Could not find file '{path}'.", path);
            case Kind.Folder:
                throw new InputFileException("it is a folder, not a file");
            case Kind.Special:
                throw new InputFileException($"it is {DescribeSpecial(path)}");
        }

        (byte[]? bytes, long seen) = ReadAtMost(path, MaxBytes);
        if (bytes is null)
        {
            throw new InputFileException(TooLarge(seen));
        }

        using var reader = new StreamReader(new MemoryStream(bytes, writable: false), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// Reads one of the kit's inputs (a registry, a baseline, a metrics baseline) as text with <see cref="ReadText"/>,
    /// wording each failure once for every reader: <c>{path}: not read as {asWhat}: {reason}. {notRegularFix}</c> when it
    /// is no regular file or too large, <c>{path}: cannot read {theWhat} ({reason}). {unreadableFix}</c> when reading fails.
    /// </summary>
    /// <param name="path">The absolute path.</param>
    /// <param name="asWhat">What it should be, with its article, e.g. <c>a baseline</c>.</param>
    /// <param name="notRegularFix">What to do when it is no regular file.</param>
    /// <param name="theWhat">What it is, e.g. <c>the baseline</c>.</param>
    /// <param name="unreadableFix">What to do when it cannot be read.</param>
    /// <param name="error">Makes the reader's own exception from the message and the cause.</param>
    /// <returns>The text.</returns>
    public static string ReadInput(string path, string asWhat, string notRegularFix, string theWhat, string unreadableFix, Func<string, Exception, Exception> error)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(error);
        try
        {
            return ReadText(path);
        }
        catch (InputFileException ex)
        {
            throw error($"{path}: not read as {asWhat}: {ex.Message}. {notRegularFix}", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw error($"{path}: cannot read {theWhat} ({ex.Message}). {unreadableFix}", ex);
        }
    }

    /// <summary>
    /// Reads a file's bytes, stopping one byte past <paramref name="maxBytes"/> whatever its length said (a file that
    /// grows while it is read). The caller has checked that it is a regular file.
    /// </summary>
    /// <param name="path">The path.</param>
    /// <param name="maxBytes">The largest size accepted.</param>
    /// <returns>The bytes, or <see langword="null"/> with the size seen when the file is larger.</returns>
    /// <exception cref="IOException">It cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">It cannot be read (permissions).</exception>
    public static (byte[]? Bytes, long Seen) ReadAtMost(string path, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        if (stream.Length > maxBytes)
        {
            return (null, stream.Length);
        }

        var buffer = new MemoryStream((int)stream.Length);
        byte[] chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
            {
                return (null, buffer.Length);
            }
        }

        return (buffer.ToArray(), buffer.Length);
    }

    /// <summary>
    /// Returns whether two paths name the same file: the same full path once every symbolic link (of the file and of
    /// its folders) is resolved. Either may not exist yet.
    /// </summary>
    /// <param name="first">A path.</param>
    /// <param name="second">Another path.</param>
    /// <returns><see langword="true"/> when writing one would overwrite the other.</returns>
    public static bool SameFile(string first, string second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        StringComparison comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return string.Equals(Canonical(first), Canonical(second), comparison);
    }

    /// <summary>Returns the full path with every symbolic link resolved (as far as the path exists).</summary>
    /// <param name="path">The path.</param>
    /// <returns>The canonical path; the full path itself when its links form a loop.</returns>
    public static string Canonical(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return FileKinds.RealPath(path) ?? Path.GetFullPath(path);
    }

    private static string TooLarge(long bytes) =>
        $"it is larger than {MaxBytes / (1024 * 1024)} MB (at least {bytes / (1024 * 1024)} MB read)";
}

/// <summary>An input file that must not be read: a folder, a FIFO, socket or device, or too large.</summary>
internal sealed class InputFileException : IOException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">Why, e.g. "it is a FIFO (named pipe), not a regular file".</param>
    public InputFileException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance.</summary>
    public InputFileException()
    {
    }

    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">Why.</param>
    /// <param name="innerException">The cause.</param>
    public InputFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
