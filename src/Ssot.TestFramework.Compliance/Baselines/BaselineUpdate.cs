using Ssot.TestFramework.Common;
using Ssot.TestFramework.Compliance.Rules;

namespace Ssot.TestFramework.Compliance.Baselines;

/// <summary>
/// The outcome of applying the baseline policy after a scan: what was done to the file, the comparison with the
/// baseline now on disk, and a message for the user.
/// </summary>
/// <param name="Comparison">The violations compared with the baseline as it is after the update.</param>
/// <param name="Action">What <see cref="RatchetPolicy"/> decided.</param>
/// <param name="Message">What was done (created, rewritten, tightened) or why nothing was; <see langword="null"/> when there is nothing to say.</param>
/// <remarks>Immutable and therefore thread-safe.</remarks>
public sealed record BaselineUpdate(BaselineComparison Comparison, RatchetAction Action, string? Message)
{
    /// <summary>
    /// Applies the baseline policy: creates a missing baseline or accepts the scan (on request), tightens it on a
    /// developer machine when violations were fixed, and on CI leaves it untouched (a missing one is never created).
    /// </summary>
    /// <param name="loaded">The baseline as loaded (possibly missing).</param>
    /// <param name="violations">The violations the scan found.</param>
    /// <param name="environment">Reads <c>CI</c> and <c>SSOT_UPDATE_BASELINE</c>.</param>
    /// <returns>The outcome.</returns>
    public static BaselineUpdate Apply(BaselineLoadResult loaded, IReadOnlyList<Violation> violations, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        ArgumentNullException.ThrowIfNull(violations);
        ArgumentNullException.ThrowIfNull(environment);
        RatchetAction action = RatchetPolicy.Decide(!loaded.IsMissing, environment);
        switch (action)
        {
            case RatchetAction.Create or RatchetAction.Accept:
                var accepted = Baseline.FromViolations(violations);
                BaselineFile.Write(loaded.Path, accepted);
                return new BaselineUpdate(
                    BaselineComparison.Compare(violations, accepted),
                    action,
                    $"baseline {(action == RatchetAction.Create ? "created" : "rewritten")} at {loaded.Path} with {accepted.TotalCount} known violation(s); commit it.");
            case RatchetAction.Tighten:
                var before = BaselineComparison.Compare(violations, loaded.Baseline);
                if (before.FixedEntries.Count == 0)
                {
                    return new BaselineUpdate(before, action, null);
                }

                Baseline tightened = before.Tightened();
                BaselineFile.Write(loaded.Path, tightened);
                return new BaselineUpdate(
                    BaselineComparison.Compare(violations, tightened),
                    action,
                    $"baseline tightened at {loaded.Path}: {before.FixedEntries.Sum(f => f.FixedCount)} fixed violation(s) removed, so they cannot come back; commit it.");
            default:
                return new BaselineUpdate(
                    BaselineComparison.Compare(violations, loaded.Baseline),
                    action,
                    loaded.IsMissing
                        ? $"no baseline at {loaded.Path}: every violation counts as new. On CI it is never created silently; create it on a developer machine or run once with {RatchetPolicy.UpdateVariable}=1."
                        : null);
        }
    }
}
