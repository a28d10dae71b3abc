namespace Ssot.TestFramework.Common;

/// <summary>
/// Resolves the folder where the kit writes its run reports (metrics, expected-failure backlog, rule reports).
/// </summary>
/// <remarks>
/// In order: <c>SSOT_RESULTS_DIR</c>; else <c>SSOT_VSTEST_RESULTS_DIR</c>, which the package's targets pass to the test
/// host as <c>&lt;results directory&gt;/ssot/&lt;test assembly name&gt;</c> when <c>dotnet test</c> is given
/// <c>--results-directory</c>; else <c>TestResults/ssot</c> under the test project's folder
/// (<see cref="SsotProjectDirectory.ForProcess"/>: the folder stamped into the test assembly, else the nearest folder
/// above the test binaries that holds a <c>*.csproj</c> file, else the current directory). Thread-safe; the default is
/// computed once per process.
/// </remarks>
public static class SsotResultsDirectory
{
    /// <summary>The environment variable that overrides the results folder.</summary>
    public const string EnvironmentVariable = SsotSettings.ResultsDirectoryVariable;

    /// <summary>
    /// The variable the package's targets set in the test host (through the run settings' environment variables) when
    /// <c>dotnet test</c> is given <c>--results-directory</c>: <c>&lt;that folder&gt;/ssot/&lt;test assembly name&gt;</c>.
    /// Used when <see cref="EnvironmentVariable"/> is unset.
    /// </summary>
    public const string VSTestVariable = SsotSettings.VSTestResultsDirectoryVariable;

    private static readonly Lazy<string> s_default = new(ComputeDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// Gets the results folder for this process, creating it when missing.
    /// </summary>
    /// <returns>An absolute path. Never throws for I/O: when the folder cannot be created (the path is a file, or its parent
    /// cannot be written), the path is still returned and writing a report into it fails; that failure is reported
    /// once and never changes a test's verdict (docs/metrics.md, "When a report cannot be written").</returns>
    /// <exception cref="SsotSettingException"><c>SSOT_RESULTS_DIR</c> or <c>SSOT_VSTEST_RESULTS_DIR</c> is not a path (a NUL character).</exception>
    public static string Resolve() => Resolve(SsotSettings.ProcessEnvironment);

    /// <summary>
    /// Gets the results folder as <paramref name="environment"/> sets it, creating it when missing.
    /// </summary>
    /// <param name="environment">Reads <c>SSOT_RESULTS_DIR</c> and <c>SSOT_VSTEST_RESULTS_DIR</c> (e.g. a test's environment overlay).</param>
    /// <returns>An absolute path; never throws for a folder that cannot be created (see <see cref="Resolve()"/>).</returns>
    /// <exception cref="SsotSettingException"><c>SSOT_RESULTS_DIR</c> or <c>SSOT_VSTEST_RESULTS_DIR</c> is not a path (a NUL character).</exception>
    public static string Resolve(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        string path = Choose(environment, s_default);
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
    /// <c>*.csproj</c> file. The fallback of <see cref="SsotProjectDirectory"/> when the test assembly carries no stamp.
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

    /// <summary>The folder <see cref="Resolve(Func{string, string})"/> picks, with the project default supplied (tests); nothing is created.</summary>
    internal static string Choose(Func<string, string?> environment, Lazy<string> projectDefault)
    {
        var settings = new SsotSettings(environment);
        return settings.ResultsDirectory ?? settings.VSTestResultsDirectory ?? projectDefault.Value;
    }

    private static string ComputeDefault() => Path.Combine(SsotProjectDirectory.ForProcess.Path, "TestResults", "ssot");
}
