namespace Ssot.TestFramework.Common;

/// <summary>What to do with a committed baseline (violations, metrics) after a run; see <see cref="RatchetPolicy"/>.</summary>
public enum RatchetAction
{
    /// <summary>Leave the file as it is (CI without <c>SSOT_UPDATE_BASELINE=1</c>).</summary>
    None,

    /// <summary>
    /// Lower the recorded figures to what was found (developer machine): what was fixed cannot come back. The metrics
    /// baseline only reports a better figure here and lowers it with <see cref="Accept"/> alone (explicit tightening).
    /// </summary>
    Tighten,

    /// <summary>Write the baseline from the current run, accepting new findings (<c>SSOT_UPDATE_BASELINE=1</c>).</summary>
    Accept,

    /// <summary>Create the missing file from the current run (developer machine, or CI with <c>SSOT_UPDATE_BASELINE=1</c>).</summary>
    Create,
}
