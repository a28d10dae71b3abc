namespace Ssot.TestFramework.Compliance.Reports;

/// <summary>
/// The facts of one run that a report's header states for a team lead: when, on which commit, what was scanned and
/// against which registry. The engine mode comes from the scan itself (<see cref="Rules.ScanResult.Engine"/>).
/// </summary>
/// <param name="GeneratedAt">When the run started (UTC); <c>SOURCE_DATE_EPOCH</c> fixes it for reproducible reports.</param>
/// <param name="RepositoryRoot">The absolute folder every path in the report is relative to.</param>
/// <param name="ScanRoot">The folder scanned, relative to <paramref name="RepositoryRoot"/> when inside it (<c>.</c> for the root itself), else absolute; always with <c>/</c>.</param>
/// <param name="RegistryPath">The registry file, shown like <paramref name="ScanRoot"/>.</param>
/// <remarks>Immutable and therefore thread-safe.</remarks>
public sealed record ReportContext(DateTimeOffset GeneratedAt, string RepositoryRoot, string ScanRoot, string RegistryPath)
{
    /// <summary>Gets the commit checked out at the repository root (40 hex digits), or <see langword="null"/> (default) where git gives none.</summary>
    public string? Commit { get; init; }

    /// <summary>Gets the baseline file, shown like <see cref="ScanRoot"/>, or <see langword="null"/> (default) when the run used none.</summary>
    public string? BaselinePath { get; init; }

    /// <summary>Shows <paramref name="path"/> relative to <paramref name="repositoryRoot"/> when it is inside it, else absolute, with <c>/</c>.</summary>
    /// <param name="repositoryRoot">The repository root.</param>
    /// <param name="path">Any path; relative paths are taken from the current directory.</param>
    /// <returns>The path to show.</returns>
    public static string Display(string repositoryRoot, string path)
    {
        ArgumentNullException.ThrowIfNull(repositoryRoot);
        ArgumentNullException.ThrowIfNull(path);
        string root = Path.GetFullPath(repositoryRoot);
        string full = Path.GetFullPath(path);
        string relative = Path.GetRelativePath(root, full);
        bool inside = relative != ".." && !relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) && !Path.IsPathRooted(relative);
        return (inside ? relative : full).Replace(Path.DirectorySeparatorChar, '/');
    }
}
