namespace Ssot.TestFramework.Compliance.Run;

/// <summary>Finds the repository root: the nearest folder at or above a path holding <c>.git</c> (a folder or a worktree file).</summary>
internal static class RepositoryRoots
{
    public static string? Find(string start)
    {
        for (DirectoryInfo? dir = new(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
        {
            string git = Path.Combine(dir.FullName, ".git");
            if (Directory.Exists(git) || File.Exists(git))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
