using Ssot.TestFramework.Compliance.Rules;

namespace Ssot.TestFramework.Compliance.Baselines;

/// <summary>
/// A scan compared with a baseline: new violations (fail), known ones (expected failures), and fixed entries (the
/// ratchet can tighten).
/// </summary>
/// <remarks>Immutable and therefore thread-safe.</remarks>
public sealed class BaselineComparison
{
    private BaselineComparison(IReadOnlyList<Violation> newViolations, IReadOnlyList<Violation> known, IReadOnlyList<FixedBaselineEntry> fixedEntries, Baseline baseline)
    {
        NewViolations = newViolations;
        KnownViolations = known;
        FixedEntries = fixedEntries;
        Baseline = baseline;
    }

    /// <summary>Gets the violations not covered by the baseline.</summary>
    public IReadOnlyList<Violation> NewViolations { get; }

    /// <summary>Gets the violations the baseline covers.</summary>
    public IReadOnlyList<Violation> KnownViolations { get; }

    /// <summary>Gets the baseline entries whose count shrank or that are gone (stale).</summary>
    public IReadOnlyList<FixedBaselineEntry> FixedEntries { get; }

    /// <summary>Gets the baseline compared against.</summary>
    public Baseline Baseline { get; }

    /// <summary>Gets a value indicating whether there are no new violations.</summary>
    public bool IsCompliant => NewViolations.Count == 0;

    /// <summary>
    /// Compares violations with a baseline. Within one key, the first <c>count</c> violations in file order are known
    /// and the rest are new.
    /// </summary>
    /// <param name="violations">The violations, e.g. <see cref="ScanResult.Violations"/>.</param>
    /// <param name="baseline">The baseline.</param>
    /// <returns>The comparison.</returns>
    public static BaselineComparison Compare(IEnumerable<Violation> violations, Baseline baseline)
    {
        ArgumentNullException.ThrowIfNull(violations);
        ArgumentNullException.ThrowIfNull(baseline);
        var newOnes = new List<Violation>();
        var known = new List<Violation>();
        var actual = new Dictionary<BaselineKey, int>();
        foreach (IGrouping<BaselineKey, Violation> group in violations.GroupBy(BaselineKey.Of))
        {
            Violation[] ordered = group.OrderBy(v => v.Line).ThenBy(v => v.Column).ToArray();
            int allowed = baseline.CountOf(group.Key);
            known.AddRange(ordered.Take(allowed));
            newOnes.AddRange(ordered.Skip(allowed));
            actual[group.Key] = ordered.Length;
        }

        FixedBaselineEntry[] fixedEntries = baseline.Entries
            .Where(e => actual.GetValueOrDefault(e.Key) < e.Count)
            .Select(e => new FixedBaselineEntry(e.Key, e.Count, actual.GetValueOrDefault(e.Key)))
            .ToArray();
        return new BaselineComparison(Sort(newOnes), Sort(known), fixedEntries, baseline);
    }

    /// <summary>Gets the ratcheted baseline: every count lowered to what was found; never raised, never a new key.</summary>
    /// <returns>The tightened baseline.</returns>
    public Baseline Tightened()
    {
        var fixedByKey = FixedEntries.ToDictionary(f => f.Key, f => f.ActualCount);
        return new Baseline(Baseline.Entries.Select(e => fixedByKey.TryGetValue(e.Key, out int n) ? e with { Count = n } : e));
    }

    private static Violation[] Sort(IEnumerable<Violation> v) =>
        v.OrderBy(x => x.File, StringComparer.Ordinal).ThenBy(x => x.Line).ThenBy(x => x.Column).ThenBy(x => x.RuleId, StringComparer.Ordinal).ToArray();
}
