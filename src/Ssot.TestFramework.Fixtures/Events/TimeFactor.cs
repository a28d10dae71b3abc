using Ssot.TestFramework.Common;

namespace Ssot.TestFramework.Fixtures.Events;

/// <summary>
/// Reads the <c>SSOT_TIMEFACTOR</c> environment variable that stretches every probe timeout on slow machines
/// (e.g. <c>SSOT_TIMEFACTOR=3</c> on CI). Thread-safe.
/// </summary>
public static class TimeFactor
{
    /// <summary>The environment variable's name: <c>SSOT_TIMEFACTOR</c>.</summary>
    public const string VariableName = SsotSettings.TimeFactorVariable;

    /// <summary>
    /// Gets the factor from the process environment; 1 when the variable is unset or blank.
    /// Read on every call, so it is never cached across tests.
    /// </summary>
    /// <exception cref="SsotSettingException">The variable is set to something other than a positive number.</exception>
    public static double Current => SsotSettings.Process.TimeFactor;

    /// <summary>
    /// Parses a factor value: a positive, finite number in invariant culture (e.g. <c>2</c> or <c>1.5</c>);
    /// <see langword="null"/> or blank gives 1.
    /// </summary>
    /// <param name="value">The raw value.</param>
    /// <returns>The factor.</returns>
    /// <exception cref="SsotSettingException">The value is not a positive finite number; the message names the variable.</exception>
    public static double Parse(string? value) => SsotSettings.ParseTimeFactor(value);

    /// <summary>Multiplies a duration by a factor; <see cref="Timeout.InfiniteTimeSpan"/> stays infinite.</summary>
    /// <param name="duration">The duration.</param>
    /// <param name="factor">The factor (positive).</param>
    /// <returns>The stretched duration.</returns>
    public static TimeSpan Dilate(TimeSpan duration, double factor)
    {
        if (factor <= 0 || !double.IsFinite(factor))
        {
            throw new ArgumentOutOfRangeException(nameof(factor), factor, "The factor must be positive and finite.");
        }

        return duration == Timeout.InfiniteTimeSpan ? duration : TimeSpan.FromTicks((long)(duration.Ticks * factor));
    }
}
