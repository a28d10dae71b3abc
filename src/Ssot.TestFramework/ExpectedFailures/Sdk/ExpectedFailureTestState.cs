namespace Ssot.TestFramework.ExpectedFailures.Sdk;

/// <summary>
/// Per-test (per theory row) state shared by one test runner, its invoker and its message-bus wrapper.
/// Written by the invoker before the result message is queued, read by the bus afterwards (same test, sequential).
/// </summary>
internal sealed class ExpectedFailureTestState
{
    public ExpectedFailureTestState(ExpectedFailureSettings? settings, bool ignoreMarkers)
    {
        Settings = settings;
        IgnoreMarkers = ignoreMarkers;
    }

    /// <summary>Gets the settings from attributes (or a marked row); <c>null</c> for ordinary tests.</summary>
    public ExpectedFailureSettings? Settings { get; }

    /// <summary>Gets a value indicating whether <c>SSOT_RUN_XFAIL=1</c> is in effect.</summary>
    public bool IgnoreMarkers { get; }

    public ExpectedFailureVerdict? Verdict { get; set; }

    /// <summary>Gets or sets the reason when the body skipped itself with <see cref="SsotSkipException"/>.</summary>
    public string? DynamicSkipReason { get; set; }

    /// <summary>Gets or sets a value indicating whether the bus turned a passed result into a skipped one.</summary>
    public bool ConvertedToSkip { get; set; }
}
