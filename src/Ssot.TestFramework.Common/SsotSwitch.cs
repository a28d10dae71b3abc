namespace Ssot.TestFramework.Common;

/// <summary>
/// The one parser for the kit's on/off switches (<c>SSOT_CI</c>, <c>SSOT_UPDATE_BASELINE</c>, <c>SSOT_RUN_XFAIL</c>,
/// <c>SSOT_XFAIL_STRICT</c>): <c>1</c>, <c>true</c>, <c>yes</c>, <c>on</c> turn it on, <c>0</c>, <c>false</c>,
/// <c>no</c>, <c>off</c> turn it off (case-insensitive, surrounding white space ignored), unset or empty leaves the
/// default, and anything else is an error naming the variable, its value and the accepted values.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class SsotSwitch
{
    /// <summary>The accepted spellings, for messages.</summary>
    public const string Accepted = "1/0, true/false, yes/no or on/off";

    /// <summary>Parses the value of the switch <paramref name="name"/>.</summary>
    /// <param name="name">The variable, named in the error.</param>
    /// <param name="value">Its value, or <see langword="null"/> when unset.</param>
    /// <returns>The switch's state, or <see langword="null"/> when unset or empty.</returns>
    /// <exception cref="SsotSettingException">The value is not one of the accepted spellings.</exception>
    public static bool? Parse(string name, string? value) =>
        TryParse(value, out bool? state)
            ? state
            : throw new SsotSettingException($"{name}='{value}' is not an on/off value; set it to {Accepted}, or unset it.");

    /// <summary>Parses a value without throwing.</summary>
    /// <param name="value">The value, or <see langword="null"/>.</param>
    /// <param name="state">The state, or <see langword="null"/> when unset or empty.</param>
    /// <returns><see langword="false"/> when the value is not an accepted spelling.</returns>
    public static bool TryParse(string? value, out bool? state)
    {
        string trimmed = value?.Trim() ?? string.Empty;
        state = trimmed.ToUpperInvariant() switch
        {
            "" => null,
            "1" or "TRUE" or "YES" or "ON" => true,
            "0" or "FALSE" or "NO" or "OFF" => false,
            _ => (bool?)null,
        };
        return state is not null || trimmed.Length == 0;
    }
}
