using System.Globalization;

namespace Ssot.TestFramework.Common;

/// <summary>
/// The one reader of the kit's settings: every <c>SSOT_*</c> environment variable the kit uses (<see cref="Variables"/>,
/// the table in <c>docs/configuration.md</c>), read through an environment lookup, with one parser per kind of value:
/// on/off (<see cref="ParseSwitch"/>), whole number (<see cref="ParseInteger"/>), positive number
/// (<see cref="ParsePositiveNumber"/>) and path (<see cref="ParsePath"/>). Unset or blank always means the default;
/// any other value a parser does not accept is an <see cref="SsotSettingException"/> naming the variable, its value and
/// the fix, never silently ignored.
/// </summary>
/// <remarks>
/// The seam is a plain <c>Func&lt;string, string?&gt;</c>, as everywhere else in the kit: <see cref="ProcessEnvironment"/>
/// in production, a test's <c>Env.Get</c> (or a dictionary lookup) in tests. Values are read on every call, never cached,
/// so a test that changes a variable sees the change at once. Immutable and therefore thread-safe.
/// </remarks>
internal sealed class SsotSettings
{
    /// <summary><c>SSOT_SEED</c>: replaces every test's seed (a whole number), to replay a failure.</summary>
    public const string SeedVariable = "SSOT_SEED";

    /// <summary><c>SSOT_TIMEFACTOR</c>: stretches every timeout of the probes and suites (a positive number; default 1).</summary>
    public const string TimeFactorVariable = "SSOT_TIMEFACTOR";

    /// <summary><c>SSOT_RUN_XFAIL</c>: runs tests marked as expected failures as ordinary tests (on/off; default off).</summary>
    public const string RunExpectedFailuresVariable = "SSOT_RUN_XFAIL";

    /// <summary><c>SSOT_XFAIL_STRICT</c>: whether an unexpected pass fails by default (on/off; default on).</summary>
    public const string StrictExpectedFailuresVariable = "SSOT_XFAIL_STRICT";

    /// <summary><c>SSOT_UPDATE_BASELINE</c>: accepts the current figures into every committed baseline (on/off; default off).</summary>
    public const string UpdateBaselineVariable = "SSOT_UPDATE_BASELINE";

    /// <summary><c>SSOT_CI</c>: forces (on) or forbids (off) CI behaviour, whatever the CI systems' variables say (on/off; default unset).</summary>
    public const string CiVariable = "SSOT_CI";

    /// <summary><c>SSOT_RESULTS_DIR</c>: the folder of the run reports (a path; default <c>TestResults/ssot</c> under the test project).</summary>
    public const string ResultsDirectoryVariable = "SSOT_RESULTS_DIR";

    /// <summary><c>SSOT_VSTEST_RESULTS_DIR</c>: set by the package's targets from <c>dotnet test --results-directory</c> (a path).</summary>
    public const string VSTestResultsDirectoryVariable = "SSOT_VSTEST_RESULTS_DIR";

    /// <summary>The accepted spellings of an on/off value, for messages.</summary>
    public const string AcceptedSwitchValues = "1/0, true/false, yes/no or on/off";

    private readonly Func<string, string?> _environment;

    /// <summary>Initializes the settings read through <paramref name="environment"/>.</summary>
    /// <param name="environment">Returns a variable's value, or <see langword="null"/> when it is unset.</param>
    public SsotSettings(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        _environment = environment;
    }

    /// <summary>Gets every <c>SSOT_*</c> variable the kit reads, in the order of <c>docs/configuration.md</c>.</summary>
    public static IReadOnlyList<string> Variables { get; } =
    [
        SeedVariable, TimeFactorVariable, RunExpectedFailuresVariable, StrictExpectedFailuresVariable, UpdateBaselineVariable,
        CiVariable, ResultsDirectoryVariable, VSTestResultsDirectoryVariable,
    ];

    /// <summary>Gets the default environment lookup: this process's environment.</summary>
    public static Func<string, string?> ProcessEnvironment { get; } = Environment.GetEnvironmentVariable;

    /// <summary>Gets the settings of this process's environment.</summary>
    public static SsotSettings Process { get; } = new(ProcessEnvironment);

    /// <summary>Gets the <c>SSOT_SEED</c> override, or <see langword="null"/> when unset.</summary>
    /// <exception cref="SsotSettingException">The value is not a whole number.</exception>
    public int? Seed => ParseSeed(_environment(SeedVariable));

    /// <summary>Gets the <c>SSOT_TIMEFACTOR</c> factor; 1 when unset.</summary>
    /// <exception cref="SsotSettingException">The value is not a positive finite number.</exception>
    public double TimeFactor => ParseTimeFactor(_environment(TimeFactorVariable));

    /// <summary>Gets whether <c>SSOT_RUN_XFAIL</c> runs marked tests as ordinary tests; default <see langword="false"/>.</summary>
    /// <exception cref="SsotSettingException">The value is not an on/off value.</exception>
    public bool RunExpectedFailures => Switch(RunExpectedFailuresVariable) ?? false;

    /// <summary>Gets whether an unexpected pass fails by default (<c>SSOT_XFAIL_STRICT</c>); default <see langword="true"/>.</summary>
    /// <exception cref="SsotSettingException">The value is not an on/off value.</exception>
    public bool StrictExpectedFailures => Switch(StrictExpectedFailuresVariable) ?? true;

    /// <summary>Gets whether <c>SSOT_UPDATE_BASELINE</c> accepts the current figures; default <see langword="false"/>.</summary>
    /// <exception cref="SsotSettingException">The value is not an on/off value.</exception>
    public bool UpdateBaseline => Switch(UpdateBaselineVariable) ?? false;

    /// <summary>Gets the <c>SSOT_CI</c> override: forced on, forced off, or <see langword="null"/> when unset.</summary>
    /// <exception cref="SsotSettingException">The value is not an on/off value.</exception>
    public bool? CiOverride => Switch(CiVariable);

    /// <summary>Gets the value of <c>SSOT_CI</c> as set (for messages), or <see langword="null"/> when unset.</summary>
    public string? CiOverrideText => _environment(CiVariable);

    /// <summary>Gets the <c>SSOT_RESULTS_DIR</c> folder as an absolute path, or <see langword="null"/> when unset or blank.</summary>
    /// <exception cref="SsotSettingException">The value is not a path.</exception>
    public string? ResultsDirectory => ParsePath(ResultsDirectoryVariable, ResultsDirectoryText);

    /// <summary>Gets the value of <c>SSOT_RESULTS_DIR</c> as set (for messages), or <see langword="null"/> when unset or blank.</summary>
    public string? ResultsDirectoryText => _environment(ResultsDirectoryVariable) is { } value && !string.IsNullOrWhiteSpace(value) ? value : null;

    /// <summary>Gets the <c>SSOT_VSTEST_RESULTS_DIR</c> folder as an absolute path, or <see langword="null"/> when unset or blank.</summary>
    /// <exception cref="SsotSettingException">The value is not a path.</exception>
    public string? VSTestResultsDirectory => ParsePath(VSTestResultsDirectoryVariable, _environment(VSTestResultsDirectoryVariable));

    /// <summary>Parses a value of <c>SSOT_SEED</c>.</summary>
    /// <param name="value">The value, or <see langword="null"/> when unset.</param>
    /// <returns>The seed, or <see langword="null"/> when unset or blank.</returns>
    /// <exception cref="SsotSettingException">The value is not a whole number.</exception>
    public static int? ParseSeed(string? value) =>
        ParseInteger(SeedVariable, value, $"Unset it, or set it to the seed printed by the failing test (e.g. {SeedVariable}=12345).");

    /// <summary>Parses a value of <c>SSOT_TIMEFACTOR</c>.</summary>
    /// <param name="value">The value, or <see langword="null"/> when unset.</param>
    /// <returns>The factor; 1 when unset or blank.</returns>
    /// <exception cref="SsotSettingException">The value is not a positive finite number.</exception>
    public static double ParseTimeFactor(string? value) => ParsePositiveNumber(TimeFactorVariable, value) ?? 1.0;

    /// <summary>The on/off parser: <c>1</c>, <c>true</c>, <c>yes</c>, <c>on</c> turn it on, <c>0</c>, <c>false</c>, <c>no</c>, <c>off</c> turn it off (case-insensitive, surrounding white space ignored).</summary>
    /// <param name="name">The variable, named in the error.</param>
    /// <param name="value">Its value, or <see langword="null"/> when unset.</param>
    /// <returns>The switch's state, or <see langword="null"/> when unset or blank.</returns>
    /// <exception cref="SsotSettingException">The value is not one of the accepted spellings.</exception>
    public static bool? ParseSwitch(string name, string? value) =>
        TryParseSwitch(value, out bool? state)
            ? state
            : throw new SsotSettingException($"{name}='{value}' is not an on/off value; set it to {AcceptedSwitchValues}, or unset it.");

    /// <summary>The on/off parser without the error (for variables that are not the kit's, such as <c>CI</c>).</summary>
    /// <param name="value">The value, or <see langword="null"/>.</param>
    /// <param name="state">The state, or <see langword="null"/> when unset or blank.</param>
    /// <returns><see langword="false"/> when the value is not an accepted spelling.</returns>
    public static bool TryParseSwitch(string? value, out bool? state)
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

    /// <summary>The whole-number parser (invariant culture, surrounding white space ignored).</summary>
    /// <param name="name">The variable, named in the error.</param>
    /// <param name="value">Its value, or <see langword="null"/> when unset.</param>
    /// <param name="fix">What to set instead, the end of the error.</param>
    /// <returns>The number, or <see langword="null"/> when unset or blank.</returns>
    /// <exception cref="SsotSettingException">The value is not a whole number in the range of <see cref="int"/>.</exception>
    public static int? ParseInteger(string name, string? value, string fix)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return int.TryParse(value.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out int number)
            ? number
            : throw new SsotSettingException($"{name}='{value}' is not a whole number. {fix}");
    }

    /// <summary>The positive-number parser: a finite number above zero in invariant culture (e.g. <c>2</c> or <c>1.5</c>).</summary>
    /// <param name="name">The variable, named in the error.</param>
    /// <param name="value">Its value, or <see langword="null"/> when unset.</param>
    /// <returns>The number, or <see langword="null"/> when unset or blank.</returns>
    /// <exception cref="SsotSettingException">The value is not a positive finite number.</exception>
    public static double? ParsePositiveNumber(string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return double.TryParse(value.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double number) && double.IsFinite(number) && number > 0
            ? number
            : throw new SsotSettingException($"{name} must be a positive number such as 1, 2 or 1.5 (invariant culture), but it is '{value}'. Unset it or fix its value.");
    }

    /// <summary>The path reader: a non-blank value made absolute against the current folder (as given, not trimmed).</summary>
    /// <param name="name">The variable, named in the error.</param>
    /// <param name="value">Its value, or <see langword="null"/> when unset.</param>
    /// <returns>The absolute path, or <see langword="null"/> when unset or blank.</returns>
    /// <exception cref="SsotSettingException">The value is not a path (e.g. it holds a NUL character).</exception>
    public static string? ParsePath(string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        try
        {
            return Path.GetFullPath(value);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new SsotSettingException($"{name}='{value}' is not a path ({ex.Message}); set it to a folder path, or unset it.", ex);
        }
    }

    private bool? Switch(string name) => ParseSwitch(name, _environment(name));
}
