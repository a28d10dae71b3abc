namespace Ssot.TestFramework;

/// <summary>
/// The identity of the test that is running: its class, method and display name.
/// </summary>
/// <param name="ClassName">The full name of the test class.</param>
/// <param name="MethodName">The name of the test method.</param>
/// <param name="DisplayName">The display name xUnit reports (includes theory arguments).</param>
/// <remarks>Immutable and therefore thread-safe.</remarks>
public sealed record SsotTestIdentity(string ClassName, string MethodName, string DisplayName)
{
    /// <summary>Gets a stable key used to derive the test's seed: <c>Class.Method|DisplayName</c>.</summary>
    public string StableKey => $"{ClassName}.{MethodName}|{DisplayName}";

    /// <inheritdoc />
    public override string ToString() => DisplayName;
}
