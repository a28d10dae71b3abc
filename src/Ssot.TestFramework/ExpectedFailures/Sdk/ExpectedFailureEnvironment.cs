using Ssot.TestFramework.Common;

namespace Ssot.TestFramework.ExpectedFailures.Sdk;

/// <summary>Run-wide switches read from environment variables (read on every call; thread-safe).</summary>
internal static class ExpectedFailureEnvironment
{
    /// <summary><c>SSOT_RUN_XFAIL=1</c>: run marked tests as ordinary tests.</summary>
    public const string RunVariable = "SSOT_RUN_XFAIL";

    /// <summary><c>SSOT_XFAIL_STRICT=0</c>: unexpected passes do not fail unless <c>Strict = true</c>.</summary>
    public const string StrictVariable = "SSOT_XFAIL_STRICT";

    /// <exception cref="SsotSettingException">The variable is not an on/off value.</exception>
    public static bool RunExpectedFailures => SsotSwitch.Parse(RunVariable, Environment.GetEnvironmentVariable(RunVariable)) ?? false;

    /// <exception cref="SsotSettingException">The variable is not an on/off value.</exception>
    public static bool StrictByDefault => SsotSwitch.Parse(StrictVariable, Environment.GetEnvironmentVariable(StrictVariable)) ?? true;
}
