using Ssot.TestFramework.Common;

namespace Ssot.TestFramework.ExpectedFailures.Sdk;

/// <summary>Run-wide switches read from environment variables (read on every call; thread-safe).</summary>
internal static class ExpectedFailureEnvironment
{
    /// <summary><c>SSOT_RUN_XFAIL=1</c>: run marked tests as ordinary tests.</summary>
    public const string RunVariable = SsotSettings.RunExpectedFailuresVariable;

    /// <summary><c>SSOT_XFAIL_STRICT=0</c>: unexpected passes do not fail unless <c>Strict = true</c>.</summary>
    public const string StrictVariable = SsotSettings.StrictExpectedFailuresVariable;

    /// <exception cref="SsotSettingException">The variable is not an on/off value.</exception>
    public static bool RunExpectedFailures => SsotSettings.Process.RunExpectedFailures;

    /// <exception cref="SsotSettingException">The variable is not an on/off value.</exception>
    public static bool StrictByDefault => SsotSettings.Process.StrictExpectedFailures;
}
