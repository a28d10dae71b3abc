using Ssot.TestFramework.ExpectedFailures;
using Xunit;
using Xunit.Sdk;

namespace Ssot.TestFramework.Fixtures.Suites;

/// <summary>
/// The fact of every ready-made suite check: it runs exactly like <see cref="SsotFactAttribute"/> (honours
/// <see cref="ExpectedFailure.Declare"/> and <see cref="SsotSkipException"/>) and carries the trait
/// <c>Category=SsotCompliance</c>. With <see cref="Rule"/> set and an <see cref="SsotRegistryAttribute"/> on the class,
/// discovery adds <c>Issue=&lt;issue&gt;</c> for every registry issue the rule can report, and
/// <c>Category=ExpectedToFail</c> when the committed baseline lists violations of the rule.
/// </summary>
/// <remarks>
/// Put it on an override of a suite check, or on a check of your own over <c>SharedScan</c>, to keep the traits
/// (xUnit v2 reads attributes on the most derived method only). See <c>docs/suites.md</c>. Immutable once constructed
/// by the runtime; not meant to be shared across threads while being set.
/// </remarks>
[XunitTestCaseDiscoverer("Ssot.TestFramework.Fixtures.Sdk.ComplianceFactDiscoverer", "Ssot.TestFramework.Fixtures")]
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class SsotComplianceFactAttribute : FactAttribute
{
    /// <summary>
    /// Gets or sets the SSOT rule the check judges, e.g. <c>SSOT001</c>, whose registry issues become <c>Issue</c>
    /// traits. Default: <see langword="null"/>, no rule (the check carries <c>Category=SsotCompliance</c> only).
    /// </summary>
    public string? Rule { get; set; }
}
