namespace Ssot.TestFramework.Testing;

/// <summary>
/// A fact that needs Unix file system objects (FIFOs made with <c>mkfifo</c>): skipped on Windows, which has none, with
/// the reason shown in the test results.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class UnixFactAttribute : FactAttribute
{
    /// <summary>Initializes the fact; on Windows it is skipped.</summary>
    public UnixFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "needs Unix file system objects (mkfifo); Windows has none";
        }
    }
}
