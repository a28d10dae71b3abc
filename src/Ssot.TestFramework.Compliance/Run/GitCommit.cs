using System.Text;
using Ssot.TestFramework.Common;

namespace Ssot.TestFramework.Compliance.Run;

/// <summary>
/// Reads the commit checked out at a repository root from the files git keeps (<c>HEAD</c>, loose refs,
/// <c>packed-refs</c>; worktrees and submodules through their <c>gitdir:</c> file), without starting git. Anything it
/// cannot read gives <see langword="null"/>: the commit is a fact for the report header, never part of a verdict.
/// Stateless and thread-safe.
/// </summary>
internal static class GitCommit
{
    private const long MaxGitFile = 4 * 1024 * 1024;

    /// <summary>Returns the 40-hex commit of <c>HEAD</c> under <paramref name="repositoryRoot"/>, or <see langword="null"/>.</summary>
    public static string? Read(string repositoryRoot)
    {
        try
        {
            string? gitDir = GitDirectory(Path.Combine(repositoryRoot, ".git"));
            if (gitDir is null || ReadSmall(Path.Combine(gitDir, "HEAD")) is not { } head)
            {
                return null;
            }

            string commonDir = ReadSmall(Path.Combine(gitDir, "commondir")) is { } common
                ? Path.GetFullPath(common.Trim(), gitDir)
                : gitDir;
            string firstLine = head.Split('\n')[0].Trim();
            if (!firstLine.StartsWith("ref:", StringComparison.Ordinal))
            {
                return IsCommit(firstLine) ? firstLine.ToLowerInvariant() : null;
            }

            string name = firstLine["ref:".Length..].Trim();
            foreach (string dir in new[] { gitDir, commonDir })
            {
                if (ReadSmall(Path.Combine(dir, name.Replace('/', Path.DirectorySeparatorChar))) is { } loose && IsCommit(loose.Trim()))
                {
                    return loose.Trim().ToLowerInvariant();
                }
            }

            foreach (string line in (ReadSmall(Path.Combine(commonDir, "packed-refs")) ?? string.Empty).Split('\n'))
            {
                string[] parts = line.Trim().Split(' ', 2);
                if (parts.Length == 2 && parts[1] == name && IsCommit(parts[0]))
                {
                    return parts[0].ToLowerInvariant();
                }
            }

            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    private static string? GitDirectory(string dotGit)
    {
        if (Directory.Exists(dotGit))
        {
            return dotGit;
        }

        // A worktree or submodule: ".git" is a file "gitdir: <path>", relative to the folder holding it.
        return ReadSmall(dotGit) is { } text && text.StartsWith("gitdir:", StringComparison.Ordinal)
            ? Path.GetFullPath(text["gitdir:".Length..].Trim(), Path.GetDirectoryName(dotGit)!)
            : null;
    }

    private static string? ReadSmall(string path)
    {
        if (InputFile.KindOf(path) != InputFile.Kind.Regular)
        {
            return null;
        }

        (byte[]? bytes, _) = InputFile.ReadAtMost(path, MaxGitFile);
        return bytes is null ? null : Encoding.UTF8.GetString(bytes);
    }

    private static bool IsCommit(string text) =>
        text.Length is 40 or 64 && text.All(Uri.IsHexDigit);
}
