namespace Ssot.TestFramework.Common;

/// <summary>A project folder and how it was found.</summary>
/// <param name="Path">The absolute folder.</param>
/// <param name="Source">Where it came from.</param>
/// <param name="Origin">The same in words, for messages, e.g. "stamped into Shop.Tests at build time".</param>
/// <remarks>Immutable and therefore thread-safe.</remarks>
public sealed record SsotProjectDirectoryResult(string Path, SsotProjectDirectorySource Source, string Origin)
{
    /// <summary>Resolves <paramref name="path"/> against <see cref="Path"/> unless it is rooted.</summary>
    /// <param name="path">A relative or absolute path.</param>
    /// <returns>The absolute path.</returns>
    public string ResolvePath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return System.IO.Path.GetFullPath(System.IO.Path.IsPathRooted(path) ? path : System.IO.Path.Combine(Path, path));
    }
}
