namespace Ssot.TestFramework.Compliance.Rules;

/// <summary>What the exact-mode cache (<c>.ssot/cache/</c>) gave a scan. It never changes a verdict or a report.</summary>
public enum ScanCacheUse
{
    /// <summary>Nothing: the projects were evaluated and analysed (source mode, a miss, or no cache).</summary>
    None,

    /// <summary>The evaluated project model was reused; the compilations were analysed.</summary>
    ProjectModel,

    /// <summary>The whole result was reused: no input of any compilation changed.</summary>
    Results,
}
