namespace Ssot.TestFramework.Compliance.Rules;

/// <summary>
/// Which tracking issues of a registry a rule can report: the <c>issue</c> of every registry entry whose violations the
/// rule judges. Read before any scan (e.g. at test discovery, for the suites' <c>Issue</c> traits).
/// </summary>
/// <remarks>
/// Only deprecated entries carry an issue. SSOT001 and SSOT005 judge every deprecated entry; SSOT002 (using
/// directives) and SSOT003 (using aliases) judge the entries a directive can name, types and namespaces; SSOT007 the
/// entries marked removed; SSOT004 and SSOT006 (its surface check included) judge canonical entries only, so they report no issue. Keep this in step
/// with the analyzers (<c>UsageAnalyzer</c>, <c>CompilationAnalysis</c>): a test scans real trees and checks every
/// reported issue is listed here. Stateless and thread-safe.
/// </remarks>
internal static class SsotRuleIssues
{
    /// <summary>Gets the distinct issues <paramref name="ruleId"/> can report over <paramref name="registry"/>, ordered.</summary>
    /// <param name="registry">The registry.</param>
    /// <param name="ruleId">A rule id, e.g. <c>SSOT001</c>; an unknown id judges nothing.</param>
    /// <returns>The issues, ordinal order, without blanks; empty when the rule reports none.</returns>
    public static IReadOnlyList<string> For(SsotRegistry registry, string ruleId)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(ruleId);
        Func<DeprecatedEntry, bool>? judged = ruleId switch
        {
            SsotRuleIds.DeprecatedUsage or SsotRuleIds.DualPattern => _ => true,
            SsotRuleIds.DeprecatedImport or SsotRuleIds.AliasConfusion => e => e.Symbol.StartsWith("T:", StringComparison.Ordinal) || e.Symbol.StartsWith("N:", StringComparison.Ordinal),
            SsotRuleIds.RemovedSymbolDeclared => e => e.Removed,
            _ => null,
        };
        if (judged is null)
        {
            return [];
        }

        return registry.Deprecated
            .Where(judged)
            .Select(e => e.Issue)
            .OfType<string>()
            .Where(i => i.Trim().Length > 0)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();
    }
}
