namespace Ssot.TestFramework.Tests.Support;

/// <summary>
/// Real results folders that cannot be used, under a per-test temp folder: a path that is a regular file, a path under
/// a regular file (cannot be created, for root too), and a folder with mode 0500 (root writes into it anyway, so that
/// case tells whether it can be tested here).
/// </summary>
internal sealed class UnusableFolders : IDisposable
{
    public const string FileContent = "a regular file, not a folder\n";

    public UnusableFolders()
    {
        Root = Path.Combine(Path.GetTempPath(), "ssot-unusable-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        File = Path.Combine(Root, "results-file");
        System.IO.File.WriteAllText(File, FileContent);
    }

    public string Root { get; }

    /// <summary>Gets a regular file, used as if it were the results folder.</summary>
    public string File { get; }

    /// <summary>Gets a folder path under <see cref="File"/>: it can never be created.</summary>
    public string UnderFile => Path.Combine(File, "sub");

    /// <summary>
    /// Creates a folder with mode 0500 and returns it, or <see langword="null"/> when this process can write into it
    /// anyway (root): the caller then skips, saying why.
    /// </summary>
    public string? ReadOnlyFolder()
    {
        if (OperatingSystem.IsWindows())
        {
            return null;
        }

        string folder = Path.Combine(Root, "read-only");
        Directory.CreateDirectory(folder);
        System.IO.File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        try
        {
            System.IO.File.WriteAllText(Path.Combine(folder, "probe"), "x");
            System.IO.File.Delete(Path.Combine(folder, "probe"));
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return folder;
        }
    }

    public void Dispose()
    {
        string folder = Path.Combine(Root, "read-only");
        if (!OperatingSystem.IsWindows() && Directory.Exists(folder))
        {
            System.IO.File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        Directory.Delete(Root, recursive: true);
    }
}
