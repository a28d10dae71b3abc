using Ssot.TestFramework.ExpectedFailures.Sdk;
using Xunit;
using Xunit.Sdk;

namespace Ssot.TestFramework.ExpectedFailures;

/// <summary>
/// A drop-in replacement for <c>[Fact]</c> for a test that is expected to fail until a known violation is remediated.
/// A failing body is reported Skipped (<c>[XFAIL] reason (issue) — ExceptionType: message</c>); a passing body is
/// reported Failed unless <see cref="Strict"/> is <c>false</c>. Only the test body's failure counts: constructor,
/// fixture, dispose, cleanup and timeout failures stay real failures. See <c>docs/expected-failures.md</c>.
/// </summary>
/// <param name="reason">Why the test is expected to fail (required; shown in every report).</param>
/// <remarks>
/// Adds the traits <c>Category=ExpectedToFail</c> and <c>Issue=&lt;Issue&gt;</c>. <c>SSOT_RUN_XFAIL=1</c> runs the test
/// as an ordinary test. The settings are read once, when xUnit discovers the test, by name
/// (<c>ExpectedFailureSettings.FromAttribute</c>). <see cref="ExpectedToFailTheoryAttribute"/> and
/// <see cref="ExpectedToFailRowAttribute"/> declare the same properties, documented here once: C# reads an attribute's
/// named arguments only from its own class and bases, and the three need different xUnit bases (<c>FactAttribute</c>,
/// <c>TheoryAttribute</c>, <c>DataAttribute</c>). Attributes are immutable once constructed by the runtime; not meant to
/// be shared across threads while being set.
/// </remarks>
[XunitTestCaseDiscoverer("Ssot.TestFramework.ExpectedFailures.Sdk.ExpectedFailureFactDiscoverer", "Ssot.TestFramework")]
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class ExpectedToFailFactAttribute(string reason) : FactAttribute
{
    private bool? _strict;

    /// <summary>Gets why the test is expected to fail.</summary>
    public string Reason { get; } = reason;

    /// <summary>Gets or sets the tracking reference, e.g. <c>#1066</c>; also surfaced as the trait <c>Issue</c>. Default: none.</summary>
    public string? Issue { get; set; }

    /// <summary>
    /// Gets or sets a value indicating whether an unexpected pass is reported Failed. Default: <c>true</c>, or
    /// <c>false</c> when the run sets <c>SSOT_XFAIL_STRICT=0</c>; an explicit value always wins.
    /// </summary>
    public bool Strict { get => _strict ?? ExpectedFailureEnvironment.StrictByDefault; set => _strict = value; }

    /// <summary>Gets the explicit <see cref="Strict"/>, <see langword="null"/> when unset (read at discovery).</summary>
    internal bool? ExplicitStrict => _strict;

    /// <summary>Gets or sets the accepted exception types (subclasses match). Default: empty, any exception.</summary>
    public Type[] Raises { get; set; } = [];

    /// <summary>Gets or sets a regular expression the exception message must match. Default: none.</summary>
    public string? MessagePattern { get; set; }

    /// <summary>Gets or sets a value indicating whether the test is executed at all. Default: <c>true</c>; <c>false</c> reports <c>[XFAIL NOTRUN]</c>.</summary>
    public bool Run { get; set; } = true;

    /// <summary>Gets or sets an ISO date (<c>yyyy-MM-dd</c>) after which an expected failure is reported Failed as overdue. Default: none.</summary>
    public string? Deadline { get; set; }
}
