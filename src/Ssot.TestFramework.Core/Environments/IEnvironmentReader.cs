namespace Ssot.TestFramework.Environments;

/// <summary>
/// Reads environment variables: the kit's own seam, implemented by <see cref="EnvironmentOverlay"/>. Production code
/// should not reference the kit: give it a plain <c>Func&lt;string, string?&gt;</c> (production passes
/// <see cref="System.Environment.GetEnvironmentVariable(string)"/>, a test passes <c>Env.Get</c>), so parallel tests
/// never see each other's values.
/// </summary>
public interface IEnvironmentReader
{
    /// <summary>Gets the value of a variable, or <see langword="null"/> when it is unset.</summary>
    /// <param name="name">The variable's name.</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    public string? GetEnvironmentVariable(string name);
}
