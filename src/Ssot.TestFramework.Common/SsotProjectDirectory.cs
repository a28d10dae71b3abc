using System.Reflection;

namespace Ssot.TestFramework.Common;

/// <summary>
/// Finds the test project's folder, against which the suites resolve relative registry, baseline and source paths and
/// under which the default results folder (<c>TestResults/ssot</c>) lies.
/// </summary>
/// <remarks>
/// <para>In order: the folder the package's build stamped into the test assembly
/// (<c>[assembly: AssemblyMetadata("Ssot.ProjectDirectory", "…")]</c>, written by
/// <c>buildTransitive/Ssot.TestFramework.Common.targets</c> into every project with <c>IsTestProject=true</c>), so an
/// artifacts layout (<c>UseArtifactsOutput</c>) or binaries copied elsewhere still find the project; else the nearest
/// folder above the test binaries (<see cref="AppContext.BaseDirectory"/>) holding a <c>*.csproj</c> (the fallback
/// for builds that do not import the package's targets, e.g. ProjectReferences to the kit); else the current
/// directory. docs/architecture.md ("Where a test finds its files") explains the choice.</para>
/// <para>Stateless and thread-safe; <see cref="ForProcess"/> is computed once per process.</para>
/// </remarks>
public static class SsotProjectDirectory
{
    /// <summary>The key of the <see cref="AssemblyMetadataAttribute"/> that holds the stamped folder.</summary>
    public const string MetadataKey = "Ssot.ProjectDirectory";

    private static readonly Lazy<SsotProjectDirectoryResult> s_process = new(
        () => Resolve(FindTestAssembly(AppDomain.CurrentDomain.GetAssemblies(), HostDepsFile()), AppContext.BaseDirectory, Directory.GetCurrentDirectory()),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// Gets the project folder of the test process: the stamp of the process's test assembly (the one loaded assembly
    /// that carries it; if several do, the one whose <c>.deps.json</c> the test host started with), else the fallbacks.
    /// </summary>
    /// <remarks>Used for the run reports, which are per process. Computed on first use, when the test assembly is loaded.</remarks>
    public static SsotProjectDirectoryResult ForProcess => s_process.Value;

    /// <summary>Finds the project folder of a test assembly: its stamp, else the fallbacks (see the remarks of the type).</summary>
    /// <param name="testAssembly">The test assembly, e.g. <c>GetType().Assembly</c> of a test class.</param>
    /// <returns>The folder and where it came from.</returns>
    public static SsotProjectDirectoryResult For(Assembly testAssembly)
    {
        ArgumentNullException.ThrowIfNull(testAssembly);
        return Resolve(testAssembly, AppContext.BaseDirectory, Directory.GetCurrentDirectory());
    }

    /// <summary>Reads the folder stamped into <paramref name="assembly"/>, or <see langword="null"/> when it has none.</summary>
    /// <param name="assembly">The assembly.</param>
    /// <returns>The stamped folder as the build wrote it (absolute), or <see langword="null"/>.</returns>
    public static string? Stamped(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        try
        {
            foreach (AssemblyMetadataAttribute metadata in assembly.GetCustomAttributes<AssemblyMetadataAttribute>())
            {
                if (metadata.Key == MetadataKey && !string.IsNullOrWhiteSpace(metadata.Value) && Path.IsPathFullyQualified(metadata.Value))
                {
                    return Path.GetFullPath(metadata.Value);
                }
            }
        }
        catch (Exception ex) when (ex is FileNotFoundException or FileLoadException or BadImageFormatException or TypeLoadException or NotSupportedException or System.Reflection.CustomAttributeFormatException)
        {
            // An assembly whose attributes cannot be read carries no usable stamp.
        }

        return null;
    }

    /// <summary>The resolution with its inputs explicit (tests).</summary>
    internal static SsotProjectDirectoryResult Resolve(Assembly? testAssembly, string baseDirectory, string currentDirectory)
    {
        if (testAssembly is not null && Stamped(testAssembly) is { } stamped)
        {
            return new SsotProjectDirectoryResult(stamped, SsotProjectDirectorySource.Stamp, $"stamped into {testAssembly.GetName().Name} at build time");
        }

        if (SsotResultsDirectory.FindProjectDirectory(baseDirectory) is { } found)
        {
            return new SsotProjectDirectoryResult(found, SsotProjectDirectorySource.WalkUp, $"the nearest folder with a *.csproj above the test binaries {Path.GetFullPath(baseDirectory)}; no Ssot.ProjectDirectory stamp");
        }

        return new SsotProjectDirectoryResult(Path.GetFullPath(currentDirectory), SsotProjectDirectorySource.CurrentDirectory, "the current directory; no Ssot.ProjectDirectory stamp and no *.csproj above the test binaries");
    }

    /// <summary>The process's test assembly among <paramref name="loaded"/>: the only stamped one, else the stamped one named by the host's deps file.</summary>
    internal static Assembly? FindTestAssembly(IEnumerable<Assembly> loaded, string? depsFile)
    {
        var stamped = loaded.Where(a => !a.IsDynamic && Stamped(a) is not null).ToList();
        if (stamped.Count <= 1)
        {
            return stamped.FirstOrDefault();
        }

        string? name = depsFile is { Length: > 0 } && depsFile.EndsWith(".deps.json", StringComparison.OrdinalIgnoreCase)
            ? Path.GetFileName(depsFile)[..^".deps.json".Length]
            : null;
        return stamped.FirstOrDefault(a => string.Equals(a.GetName().Name, name, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The application's own deps file (the test project's, in a VSTest test host): the first of <c>APP_CONTEXT_DEPS_FILES</c>.</summary>
    private static string? HostDepsFile() =>
        AppContext.GetData("APP_CONTEXT_DEPS_FILES") is string files ? files.Split(';')[0] : null;
}
