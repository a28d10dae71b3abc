namespace Ssot.TestFramework.Fixtures.Suites;

/// <summary>
/// Names, on a suite class, the <c>ssot.json</c> registry (and baseline) its checks judge, so that test discovery can
/// give each check the registry's tracking issues as traits: <c>Issue=#1066</c> on every check that can report #1066,
/// and <c>Category=ExpectedToFail</c> on an <see cref="ImportComplianceSuite"/> rule whose committed baseline lists
/// violations. Then <c>dotnet test --filter Issue=#1066</c> selects them.
/// </summary>
/// <remarks>
/// <para>xUnit v2 discovers tests without creating the class, so it cannot read an overridden
/// <c>RegistryPath</c>; this attribute is the discovery-time copy of it. Name the same file in both: the override decides
/// what the tests judge when they run, the attribute only labels them. Without the attribute the checks carry
/// <c>Category=SsotCompliance</c> only.</para>
/// <para>A relative path is resolved like <c>RegistryPath</c> (against the test project's folder). A registry or
/// baseline that cannot be read at discovery never breaks discovery: the tests are still listed, without those
/// traits, a diagnostic message names the file, and the tests report the real error when they run. Inherited by
/// derived classes. Immutable once constructed by the runtime, so thread-safe.</para>
/// </remarks>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class SsotRegistryAttribute : Attribute
{
    /// <summary>Initializes a new instance of the <see cref="SsotRegistryAttribute"/> class.</summary>
    /// <param name="path">
    /// The registry file, as the suite's <c>RegistryPath</c> names it, e.g. <c>ssot.json</c>. An empty path is not thrown
    /// here (that would break discovery): discovery reports it as a diagnostic message and gives no <c>Issue</c> traits.
    /// </param>
    public SsotRegistryAttribute(string path)
    {
        Path = path;
    }

    /// <summary>Gets the registry file; a relative path is resolved against the test project's folder.</summary>
    public string Path { get; }

    /// <summary>
    /// Gets or sets the baseline file, as the suite's <c>BaselinePath</c> names it. Default: <see langword="null"/>,
    /// meaning the suite's default, <c>ssot.baseline.json</c> beside the registry.
    /// </summary>
    public string? BaselinePath { get; set; }
}
