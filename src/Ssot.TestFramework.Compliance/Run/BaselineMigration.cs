using Ssot.TestFramework.Compliance.Baselines;

namespace Ssot.TestFramework.Compliance.Run;

/// <summary>
/// Moves a baseline keyed by the scan root (the format before keys were repository-relative) onto repository-relative
/// keys: an entry whose file exists under the scan root but not under the repository root gets the scan root's prefix.
/// </summary>
internal static class BaselineMigration
{
    public static (BaselineLoadResult Result, string? Note) ToRepositoryRoot(BaselineLoadResult loaded, string scanRoot, string repositoryRoot)
    {
        string prefix = Path.GetRelativePath(repositoryRoot, scanRoot).Replace('\\', '/');
        if (loaded.IsMissing || prefix == "." || prefix.StartsWith("..", StringComparison.Ordinal))
        {
            return (loaded, null);
        }

        int moved = 0;
        var entries = new List<BaselineEntry>();
        foreach (BaselineEntry entry in loaded.Baseline.Entries)
        {
            bool atRepository = File.Exists(Path.Combine(repositoryRoot, entry.Key.File));
            bool atScanRoot = File.Exists(Path.Combine(scanRoot, entry.Key.File));
            if (!atRepository && atScanRoot)
            {
                entries.Add(entry with { Key = entry.Key with { File = $"{prefix}/{entry.Key.File}" } });
                moved++;
            }
            else
            {
                entries.Add(entry);
            }
        }

        if (moved == 0)
        {
            return (loaded, null);
        }

        return (loaded with { Baseline = new Baseline(entries) },
            $"baseline {loaded.Path}: {moved} entr{(moved == 1 ? "y was" : "ies were")} keyed by the scan root and now use paths relative to the repository root ({repositoryRoot}).");
    }
}
