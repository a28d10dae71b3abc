namespace Ssot.TestFramework.Common;

/// <summary>
/// Resolves the folder where the kit writes its run reports (metrics, expected-failure backlog, rule reports).
/// </summary>
/// <remarks>
/// Default: <c>TestResults/ssot</c> under the test project's folder (the nearest folder above the test assembly
/// that holds a <c>*.csproj</c> file), falling back to the current directory. The environment variable
/// <c>SSOT_RESULTS_DIR</c> overrides it. Thread-safe; the value is computed once per process.
/// </remarks>
public static class SsotResultsDirectory
{
    /// <summary>The environment variable that overrides the results folder.</summary>
    public const string EnvironmentVariable = "SSOT_RESULTS_DIR";

    private static readonly Lazy<string> s_default = new(ComputeDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// Gets the results folder for this process, creating it when missing.
    /// </summary>
    /// <returns>An absolute path.</returns>
    public static string Resolve()
    {
        string? overridden = Environment.GetEnvironmentVariable(EnvironmentVariable);
        string path = string.IsNullOrWhiteSpace(overridden) ? s_default.Value : Path.GetFullPath(overridden);
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>
    /// Finds the default folder for the given start folder: <c>TestResults/ssot</c> under the nearest folder that
    /// holds a project file, or under <paramref name="startDirectory"/> when none does.
    /// </summary>
    /// <param name="startDirectory">The folder to start from, usually the test assembly's folder.</param>
    /// <returns>An absolute path; the folder is not created.</returns>
    public static string FindDefault(string startDirectory)
    {
        ArgumentNullException.ThrowIfNull(startDirectory);
        string root = FindProjectDirectory(startDirectory) ?? Path.GetFullPath(startDirectory);
        return Path.Combine(root, "TestResults", "ssot");
    }

    /// <summary>
    /// Finds the test project's folder: the nearest folder at or above <paramref name="startDirectory"/> that holds a
    /// <c>*.csproj</c> file.
    /// </summary>
    /// <param name="startDirectory">The folder to start from, usually <see cref="AppContext.BaseDirectory"/>.</param>
    /// <returns>The folder's absolute path, or <see langword="null"/> when no folder above holds a project file.</returns>
    public static string? FindProjectDirectory(string startDirectory)
    {
        ArgumentNullException.ThrowIfNull(startDirectory);
        for (DirectoryInfo? dir = new(Path.GetFullPath(startDirectory)); dir is not null; dir = dir.Parent)
        {
            if (dir.EnumerateFiles("*.csproj").Any())
            {
                return dir.FullName;
            }
        }

        return null;
    }

    private static string ComputeDefault() => FindDefault(AppContext.BaseDirectory);
}
