namespace Ssot.TestFramework.Common;

/// <summary>
/// The one ratchet policy for every committed baseline the kit keeps: the violation baseline, and the metrics baseline
/// (decided per entry, where <see cref="RatchetAction.Tighten"/> only reports a better figure, because a measured figure
/// is noisy). On a developer machine a missing baseline is created and an existing one tightened; on CI
/// (see <see cref="CiDetector"/>) it is written only with <c>SSOT_UPDATE_BASELINE=1</c>, so a missing baseline is never
/// created silently. <c>SSOT_UPDATE_BASELINE=1</c> anywhere accepts the current figures.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class RatchetPolicy
{
    /// <summary>The variable that allows writing the baseline (an on value, e.g. <c>1</c> or <c>true</c>; see <see cref="SsotSettings.ParseSwitch"/>).</summary>
    public const string UpdateVariable = SsotSettings.UpdateBaselineVariable;

    /// <summary>Decides using the given environment lookup.</summary>
    /// <param name="baselineExists">Whether the baseline file exists.</param>
    /// <param name="environment">Returns a variable's value or <see langword="null"/>.</param>
    /// <returns>The action.</returns>
    /// <exception cref="SsotSettingException"><c>SSOT_UPDATE_BASELINE</c> or <c>SSOT_CI</c> is not an on/off value.</exception>
    public static RatchetAction Decide(bool baselineExists, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (new SsotSettings(environment).UpdateBaseline)
        {
            return baselineExists ? RatchetAction.Accept : RatchetAction.Create;
        }

        if (CiDetector.IsCi(environment))
        {
            return RatchetAction.None;
        }

        return baselineExists ? RatchetAction.Tighten : RatchetAction.Create;
    }
}
