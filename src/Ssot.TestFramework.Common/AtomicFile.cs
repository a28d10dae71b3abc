using System.Text;

namespace Ssot.TestFramework.Common;

/// <summary>
/// Writes a file through a temporary file beside it, flushed to disk and then renamed into place, so a reader (or a
/// process killed half-way) only ever sees the old content or the new one, never a torn or empty file.
/// </summary>
/// <remarks>
/// The target's Unix file mode is kept (a 0640 baseline stays 0640). When the target is a symbolic link, the file it
/// points to is rewritten and the link stays. Stateless and thread-safe; concurrent writers to one path are not
/// coordinated (last rename wins).
/// </remarks>
internal static class AtomicFile
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="path"/> (UTF-8, no BOM), creating its folder.</summary>
    /// <param name="path">The target file.</param>
    /// <param name="write">Writes the content.</param>
    /// <exception cref="IOException">The target is a folder, or the file or its folder cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The file or its folder is not writable (permissions, immutable flag).</exception>
    public static void Write(string path, Action<TextWriter> write)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(write);
        string full = FinalTarget(Path.GetFullPath(path));
        if (Directory.Exists(full))
        {
            throw new IOException($"'{full}' is a folder, not a file.");
        }

        string folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        // Unique per process and call, so two test processes (e.g. two target frameworks) never share a temporary file.
        string temporary = $"{full}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            FileStream stream;
            try
            {
                stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            }
            catch (UnauthorizedAccessException ex)
            {
                throw new UnauthorizedAccessException($"No file can be created in the folder '{folder}' (access denied: read-only or immutable).", ex);
            }

            using (stream)
            using (var writer = new StreamWriter(stream, s_utf8))
            {
                write(writer);
                writer.Flush();
                // On disk before the rename: a crash after the rename never finds an empty file in its place.
                stream.Flush(flushToDisk: true);
            }

            KeepMode(full, temporary);
            try
            {
                File.Move(temporary, full, overwrite: true);
            }
            catch (UnauthorizedAccessException ex)
            {
                throw new UnauthorizedAccessException($"'{full}' cannot be replaced (access denied: the file is immutable or its folder read-only).", ex);
            }
        }
        finally
        {
            try
            {
                File.Delete(temporary);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // The write's own error (if any) is the one to report; a leftover temporary file is harmless.
            }
        }
    }

    private static string FinalTarget(string full)
    {
        try
        {
            return File.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName ?? full;
        }
        catch (IOException)
        {
            // A link loop: let the write itself report the problem on the path as given.
            return full;
        }
    }

    private static void KeepMode(string target, string temporary)
    {
        if (OperatingSystem.IsWindows() || !File.Exists(target))
        {
            return;
        }

        File.SetUnixFileMode(temporary, File.GetUnixFileMode(target));
    }
}
