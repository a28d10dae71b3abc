namespace Ssot.TestFramework.Common;

/// <summary>
/// Tells whether this run is a CI run: the one place that decides it, shared by the <c>ssot</c> tool and the suites.
/// </summary>
/// <remarks>
/// In order: <c>SSOT_CI</c> (an on/off value, <see cref="SsotSettings.ParseSwitch"/>) overrides everything; then <c>CI</c> with any value but
/// an off value (<c>0</c>, <c>false</c>, <c>no</c>, <c>off</c>) or empty; then the variable each CI system sets
/// (<see cref="Systems"/>), with any value but an off value. Listed in <c>docs/baseline.md</c>. Stateless and thread-safe.
/// </remarks>
public static class CiDetector
{
    /// <summary>The variable most CI systems set to <c>true</c>.</summary>
    public const string CiVariable = "CI";

    /// <summary>The kit's override: <c>SSOT_CI=1</c> forces CI behaviour, <c>SSOT_CI=0</c> forbids it.</summary>
    public const string OverrideVariable = SsotSettings.CiVariable;

    /// <summary>Gets the variables that CI systems set (some without <c>CI</c>), each with the system's name.</summary>
    public static IReadOnlyList<(string Variable, string System)> Systems { get; } =
    [
        ("TF_BUILD", "Azure Pipelines"),
        ("GITHUB_ACTIONS", "GitHub Actions"),
        ("GITLAB_CI", "GitLab CI"),
        ("JENKINS_URL", "Jenkins"),
        ("TEAMCITY_VERSION", "TeamCity"),
        ("BUILDKITE", "Buildkite"),
        ("APPVEYOR", "AppVeyor"),
        ("CIRCLECI", "CircleCI"),
        ("TRAVIS", "Travis CI"),
        ("BITBUCKET_BUILD_NUMBER", "Bitbucket Pipelines"),
    ];

    /// <summary>Returns whether the environment is a CI run.</summary>
    /// <param name="environment">Returns a variable's value or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> on CI.</returns>
    /// <exception cref="SsotSettingException"><c>SSOT_CI</c> is not an on/off value.</exception>
    public static bool IsCi(Func<string, string?> environment) => Explain(environment) is not null;

    /// <summary>Returns why the environment is a CI run, e.g. <c>TF_BUILD=True (Azure Pipelines)</c>.</summary>
    /// <param name="environment">Returns a variable's value or <see langword="null"/>.</param>
    /// <returns>The deciding variable and its value, or <see langword="null"/> when this is not a CI run.</returns>
    /// <exception cref="SsotSettingException"><c>SSOT_CI</c> is not an on/off value.</exception>
    public static string? Explain(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var settings = new SsotSettings(environment);
        if (settings.CiOverride is bool forced)
        {
            return forced ? $"{OverrideVariable}={settings.CiOverrideText}" : null;
        }

        if (IsSet(environment(CiVariable)))
        {
            return $"{CiVariable}={environment(CiVariable)}";
        }

        foreach ((string variable, string system) in Systems)
        {
            if (IsSet(environment(variable)))
            {
                return $"{variable}={environment(variable)} ({system})";
            }
        }

        return null;
    }

    // Not the kit's variables: any value but empty or an off value counts (a value the kit does not know must not
    // turn CI off, or a missing baseline would be created silently there).
    private static bool IsSet(string? value) =>
        !string.IsNullOrWhiteSpace(value) && !(SsotSettings.TryParseSwitch(value, out bool? state) && state == false);
}
