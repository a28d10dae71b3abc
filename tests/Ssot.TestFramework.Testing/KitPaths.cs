namespace Ssot.TestFramework.Testing;

/// <summary>Where the kit's checkout is, and copies of its trees into temp folders, for tests that run real tools.</summary>
public static class KitPaths
{
    /// <summary>The folder holding <c>Ssot.TestFramework.sln</c>, found by walking up from the test binaries.</summary>
    public static string RepositoryRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Ssot.TestFramework.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Ssot.TestFramework.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Copies every file of <paramref name="source"/> to <paramref name="target"/>, without its top-level bin/ and obj/.</summary>
    public static void CopyDirectory(string source, string target)
    {
        foreach (string file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(source, file);
            if (relative.Split(Path.DirectorySeparatorChar)[0] is "bin" or "obj")
            {
                continue;
            }

            string to = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }
    }
}
