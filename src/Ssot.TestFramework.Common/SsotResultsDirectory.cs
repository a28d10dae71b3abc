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
    /// <returns>An absolute path. Never throws: when the folder cannot be created (the path is a file, or its parent
    /// cannot be written), the path is still returned and writing a report into it fails; that failure is reported
    /// once and never changes a test's verdict (docs/metrics.md, "When a report cannot be written").</returns>
    public static string Resolve() => Resolve(Environment.GetEnvironmentVariable);

    /// <summary>
    /// Gets the results folder as <paramref name="environment"/> sets it, creating it when missing.
    /// </summary>
    /// <param name="environment">Reads <c>SSOT_RESULTS_DIR</c> (e.g. a test's environment overlay).</param>
    /// <returns>An absolute path; never throws for a folder that cannot be created (see <see cref="Resolve()"/>).</returns>
    public static string Resolve(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        string? overridden = environment(EnvironmentVariable);
        string path = string.IsNullOrWhiteSpace(overridden) ? s_default.Value : Path.GetFullPath(overridden);
        try
        {
            Directory.CreateDirectory(path);
        }
        catch (Exception ex) when (ReportWriteDiagnostics.IsWriteFailure(ex))
        {
            // The write into it fails and is reported through ReportWriteDiagnostics, with the file and the fix.
        }

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
