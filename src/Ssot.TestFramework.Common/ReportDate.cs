using System.Globalization;

namespace Ssot.TestFramework.Common;

/// <summary>
/// The date a report states: the clock's current time, unless <c>SOURCE_DATE_EPOCH</c> (the reproducible-builds
/// convention: whole seconds since 1970-01-01 UTC) fixes it, so two runs of the same inputs can write the same bytes.
/// The one parser of that variable. Stateless and thread-safe.
/// </summary>
internal static class ReportDate
{
    /// <summary>The environment variable that fixes the date.</summary>
    public const string EnvironmentVariable = "SOURCE_DATE_EPOCH";

    /// <summary>Returns the report date (UTC).</summary>
    /// <param name="environment">Reads <c>SOURCE_DATE_EPOCH</c>.</param>
    /// <param name="clock">The clock used when the variable is unset or empty.</param>
    /// <returns>The date, in UTC.</returns>
    /// <exception cref="SsotSettingException">The variable is set to something other than whole seconds.</exception>
    public static DateTimeOffset Now(Func<string, string?> environment, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(clock);
        string? value = environment(EnvironmentVariable)?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return clock.GetUtcNow();
        }

        if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out long seconds)
            && seconds <= DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return DateTimeOffset.FromUnixTimeSeconds(seconds);
        }

        throw new SsotSettingException($"{EnvironmentVariable}='{value}' is not a number of whole seconds since 1970-01-01 UTC; set it to one (e.g. 1764547200), or unset it.");
    }
}
