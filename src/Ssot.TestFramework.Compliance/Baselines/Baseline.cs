using Ssot.TestFramework.Compliance.Rules;

namespace Ssot.TestFramework.Compliance.Baselines;

/// <summary>
/// The known violations (a ratchet): counts per <see cref="BaselineKey"/>. Entries are kept sorted.
/// </summary>
/// <remarks>Immutable and therefore thread-safe.</remarks>
public sealed class Baseline
{
    private readonly SortedDictionary<BaselineKey, int> _counts;

    /// <summary>Initializes a baseline; counts of equal keys are summed, non-positive counts dropped.</summary>
    /// <param name="entries">The entries.</param>
    public Baseline(IEnumerable<BaselineEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _counts = new SortedDictionary<BaselineKey, int>();
        foreach (BaselineEntry e in entries.Where(e => e.Count > 0))
        {
            _counts[e.Key] = _counts.GetValueOrDefault(e.Key) + e.Count;
        }
    }

    /// <summary>Gets an empty baseline.</summary>
    public static Baseline Empty { get; } = new([]);

    /// <summary>Gets the entries, sorted by key.</summary>
    public IReadOnlyList<BaselineEntry> Entries => _counts.Select(p => new BaselineEntry(p.Key, p.Value)).ToArray();

    /// <summary>Gets the total number of known violations.</summary>
    public int TotalCount => _counts.Values.Sum();

    /// <summary>Builds a baseline that accepts every violation given.</summary>
    /// <param name="violations">The violations, e.g. <see cref="ScanResult.Violations"/>.</param>
    /// <returns>The baseline.</returns>
    public static Baseline FromViolations(IEnumerable<Violation> violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        return new Baseline(violations.GroupBy(BaselineKey.Of).Select(g => new BaselineEntry(g.Key, g.Count())));
    }

    /// <summary>Gets the known count for a key (0 when absent).</summary>
    /// <param name="key">The key.</param>
    /// <returns>The count.</returns>
    public int CountOf(BaselineKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return _counts.GetValueOrDefault(key);
    }
}
