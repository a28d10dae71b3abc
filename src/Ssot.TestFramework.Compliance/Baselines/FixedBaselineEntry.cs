namespace Ssot.TestFramework.Compliance.Baselines;

/// <summary>A baseline entry whose count shrank or that is gone: progress the ratchet can lock in.</summary>
/// <param name="Key">The key.</param>
/// <param name="BaselineCount">The count in the baseline.</param>
/// <param name="ActualCount">The count found now (0 when gone).</param>
/// <remarks>Immutable and therefore thread-safe.</remarks>
public sealed record FixedBaselineEntry(BaselineKey Key, int BaselineCount, int ActualCount)
{
    /// <summary>Gets how many known violations were fixed.</summary>
    public int FixedCount => BaselineCount - ActualCount;
}
