namespace Ssot.TestFramework.Common;

/// <summary>
/// Tells whether this run is a CI run: the one place that reads it, shared by the <c>ssot</c> tool and the suites.
/// Today <c>CI=true</c> (case-insensitive); the full list of CI systems is tracked by the adoption work.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class CiDetector
{
    /// <summary>The variable CI systems set to <c>true</c>.</summary>
    public const string CiVariable = "CI";

    /// <summary>Returns whether the environment is a CI run.</summary>
    /// <param name="environment">Returns a variable's value or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> on CI.</returns>
    public static bool IsCi(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return string.Equals(environment(CiVariable), "true", StringComparison.OrdinalIgnoreCase);
    }
}
