namespace Ssot.TestFramework.Sdk;

/// <summary>Run-wide switches read from environment variables (read on every call; thread-safe).</summary>
internal static class ExpectedFailureEnvironment
{
    /// <summary><c>SSOT_RUN_XFAIL=1</c>: run marked tests as ordinary tests.</summary>
    public const string RunVariable = "SSOT_RUN_XFAIL";

    /// <summary><c>SSOT_XFAIL_STRICT=0</c>: unexpected passes do not fail unless <c>Strict = true</c>.</summary>
    public const string StrictVariable = "SSOT_XFAIL_STRICT";

    public static bool RunExpectedFailures => IsOn(Environment.GetEnvironmentVariable(RunVariable));

    public static bool StrictByDefault => !IsOff(Environment.GetEnvironmentVariable(StrictVariable));

    internal static bool IsOn(string? value) =>
        value is not null && (value.Trim() == "1" || value.Trim().Equals("true", StringComparison.OrdinalIgnoreCase));

    internal static bool IsOff(string? value) =>
        value is not null && (value.Trim() == "0" || value.Trim().Equals("false", StringComparison.OrdinalIgnoreCase));
}
