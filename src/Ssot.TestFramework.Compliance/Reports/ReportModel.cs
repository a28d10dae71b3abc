using Ssot.TestFramework.Compliance.Baselines;
using Ssot.TestFramework.Compliance.Rules;

namespace Ssot.TestFramework.Compliance.Reports;

/// <summary>Shared helpers for the writers: which violations are baselined, occurrence indexes for fingerprints.</summary>
internal static class ReportModel
{
    public static HashSet<Violation> Known(BaselineComparison? comparison) =>
        comparison is null ? [] : [.. comparison.KnownViolations];

    /// <summary>For each violation, its 0-based index among violations with the same baseline key, in line order.</summary>
    public static Dictionary<Violation, int> OccurrenceIndexes(IEnumerable<Violation> violations)
    {
        var result = new Dictionary<Violation, int>();
        foreach (IGrouping<BaselineKey, Violation> g in violations.GroupBy(BaselineKey.Of))
        {
            int i = 0;
            foreach (Violation v in g.OrderBy(v => v.Line).ThenBy(v => v.Column))
            {
                result[v] = i++;
            }
        }

        return result;
    }
}
