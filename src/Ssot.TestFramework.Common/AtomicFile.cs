using System.Text;

namespace Ssot.TestFramework.Common;

/// <summary>Writes a file through a temporary file moved into place, so readers never see it half-written.</summary>
internal static class AtomicFile
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="path"/> (UTF-8, no BOM), creating its folder.</summary>
    /// <param name="path">The target file.</param>
    /// <param name="write">Writes the content.</param>
    public static void Write(string path, Action<TextWriter> write)
    {
        string full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        // Unique per process and call, so two test processes (e.g. two target frameworks) never share a temporary file.
        string temporary = $"{full}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            using (var writer = new StreamWriter(temporary, append: false, s_utf8))
            {
                write(writer);
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
