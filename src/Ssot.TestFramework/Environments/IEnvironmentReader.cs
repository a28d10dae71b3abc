namespace Ssot.TestFramework.Environments;

/// <summary>
/// Reads environment variables. Production code that takes this interface instead of calling
/// <see cref="System.Environment.GetEnvironmentVariable(string)"/> can be tested with an
/// <see cref="EnvironmentOverlay"/>, so parallel tests never see each other's values.
/// </summary>
public interface IEnvironmentReader
{
    /// <summary>Gets the value of a variable, or <see langword="null"/> when it is unset.</summary>
    /// <param name="name">The variable's name.</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    string? GetEnvironmentVariable(string name);
}
