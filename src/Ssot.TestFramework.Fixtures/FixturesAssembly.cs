namespace Ssot.TestFramework.Fixtures;

/// <summary>
/// Marker type for the <c>Ssot.TestFramework.Fixtures</c> assembly. The ready-made suites
/// (import compliance, factory compliance, user isolation, event ordering) live in this package.
/// </summary>
public static class FixturesAssembly
{
    /// <summary>Gets the assembly that holds the ready-made suites. Thread-safe.</summary>
    public static System.Reflection.Assembly Assembly => typeof(FixturesAssembly).Assembly;
}
