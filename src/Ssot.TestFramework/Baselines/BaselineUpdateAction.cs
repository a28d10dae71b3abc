namespace Ssot.TestFramework.Baselines;

/// <summary>What to do with the baseline file after a scan (see <see cref="BaselineUpdatePolicy"/>).</summary>
public enum BaselineUpdateAction
{
    /// <summary>Leave the file as it is (CI without <c>SSOT_UPDATE_BASELINE=1</c>).</summary>
    None,

    /// <summary>Lower counts to what was found (developer machine): fixed violations cannot come back.</summary>
    Tighten,

    /// <summary>Write the baseline from the current scan, accepting new violations (<c>SSOT_UPDATE_BASELINE=1</c>).</summary>
    Accept,

    /// <summary>Create the missing file from the current scan (developer machine, or CI with <c>SSOT_UPDATE_BASELINE=1</c>).</summary>
    Create,
}
