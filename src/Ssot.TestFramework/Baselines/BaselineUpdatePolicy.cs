namespace Ssot.TestFramework.Baselines;

/// <summary>
/// Decides whether a baseline may be written. On a developer machine the baseline is created when missing and
/// tightened automatically; when <c>CI=true</c> it is written only with <c>SSOT_UPDATE_BASELINE=1</c>, so a missing
/// baseline is never created silently in CI. <c>SSOT_UPDATE_BASELINE=1</c> anywhere accepts the current violations.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class BaselineUpdatePolicy
{
    /// <summary>The variable that allows writing the baseline (value <c>1</c>).</summary>
    public const string UpdateVariable = "SSOT_UPDATE_BASELINE";

    /// <summary>The variable CI systems set to <c>true</c>.</summary>
    public const string CiVariable = "CI";

    /// <summary>Decides using this process's environment.</summary>
    /// <param name="baselineExists">Whether the baseline file exists.</param>
    /// <returns>The action.</returns>
    public static BaselineUpdateAction Decide(bool baselineExists) => Decide(baselineExists, Environment.GetEnvironmentVariable);

    /// <summary>Decides using the given environment lookup.</summary>
    /// <param name="baselineExists">Whether the baseline file exists.</param>
    /// <param name="environment">Returns a variable's value or null.</param>
    /// <returns>The action.</returns>
    public static BaselineUpdateAction Decide(bool baselineExists, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        bool ci = string.Equals(environment(CiVariable), "true", StringComparison.OrdinalIgnoreCase);
        bool update = environment(UpdateVariable) == "1";
        if (update)
        {
            return baselineExists ? BaselineUpdateAction.Accept : BaselineUpdateAction.Create;
        }

        if (ci)
        {
            return BaselineUpdateAction.None;
        }

        return baselineExists ? BaselineUpdateAction.Tighten : BaselineUpdateAction.Create;
    }
}
