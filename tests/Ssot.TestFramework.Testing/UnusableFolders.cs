namespace Ssot.TestFramework.Testing;

/// <summary>
/// Real results folders that cannot be used, under a per-test temp folder: a path that is a regular file, a path under
/// a regular file (cannot be created, for root too), and a folder this process cannot write into.
/// </summary>
public sealed class UnusableFolders : IDisposable
{
    public const string FileContent = "a regular file, not a folder\n";

    private Unwritable? _guard;

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
    /// Creates a folder that this process cannot write into (<see cref="Unwritable"/>: <c>chattr +i</c>, which stops
    /// root too, else <c>chmod a-w</c>) and returns it, or <see langword="null"/> when the platform gives neither: the
    /// caller then skips, saying why.
    /// </summary>
    public string? ReadOnlyFolder()
    {
        string folder = Path.Combine(Root, "read-only");
        Directory.CreateDirectory(folder);
        (_guard, _) = Unwritable.TryMake(folder);
        return _guard is null ? null : folder;
    }

    public void Dispose()
    {
        _guard?.Dispose();
        Directory.Delete(Root, recursive: true);
    }
}
