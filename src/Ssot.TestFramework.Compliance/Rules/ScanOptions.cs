using Ssot.TestFramework.Common;

namespace Ssot.TestFramework.Compliance.Rules;

/// <summary>Which engine mode a scan uses.</summary>
public enum ScanMode
{
    /// <summary>Exact mode when the root holds (or is given) solution or project files, source mode otherwise (default).</summary>
    Auto,

    /// <summary>Each project's real compilation, per target framework, as the installed .NET SDK evaluates it.</summary>
    Exact,

    /// <summary>Every matching <c>*.cs</c> file under the root in one compilation against the running framework only: approximate.</summary>
    Source,
}

/// <summary>What to scan and how.</summary>
/// <param name="Root">The folder to scan; include and exclude globs are relative to it.</param>
/// <remarks>Immutable and therefore thread-safe.</remarks>
public sealed record ScanOptions(string Root)
{
    /// <summary>Gets the folder that violation paths (and so baseline keys) are relative to; <see langword="null"/> (default) means <see cref="Root"/>.</summary>
    public string? PathRoot { get; init; }

    /// <summary>Gets the solution or project files to evaluate; empty (default) means those found under <see cref="Root"/>.</summary>
    public IReadOnlyList<string> Projects { get; init; } = [];

    /// <summary>Gets the build configuration evaluated in exact mode; default <c>Debug</c>, as <c>dotnet build</c>.</summary>
    public string Configuration { get; init; } = "Debug";

    /// <summary>Gets the mode; default <see cref="ScanMode.Auto"/>.</summary>
    public ScanMode Mode { get; init; } = ScanMode.Auto;

    /// <summary>Gets the environment lookup (e.g. <c>DOTNET_HOST_PATH</c>); default: this process's environment.</summary>
    public Func<string, string?> Environment { get; init; } = SsotSettings.ProcessEnvironment;

    /// <summary>
    /// Gets the folder of the exact-mode cache (evaluated project models and results); <see langword="null"/> (default)
    /// means <c>.ssot</c> under <see cref="PathRoot"/>. The folder holds its own <c>.gitignore</c>.
    /// </summary>
    public string? CacheDirectory { get; init; }

    /// <summary>Gets whether exact mode may reuse cached project models and results; default <see langword="true"/>.</summary>
    public bool UseCache { get; init; } = true;

    /// <summary>
    /// Gets variables to set (or, with a <see langword="null"/> value, remove) in the environment of the
    /// <c>dotnet msbuild</c> evaluation, which otherwise inherits this process's environment; default none. The cache
    /// accounts for them.
    /// </summary>
    public IReadOnlyDictionary<string, string?> EvaluationEnvironment { get; init; } = new Dictionary<string, string?>();

    /// <summary>Gets how long project evaluation may take before it is stopped and reported; default 10 minutes.</summary>
    public TimeSpan EvaluationTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Gets what receives the scan's progress, or <see langword="null"/> (default) for none. Reports arrive on the
    /// scan's own threads, possibly concurrently (files are parsed in parallel), so the receiver must be thread-safe
    /// and quick; <see cref="Progress{T}"/> would post them to the thread pool after the scan has moved on. A receiver
    /// that throws fails the scan.
    /// </summary>
    public IProgress<ScanProgress>? Progress { get; init; }
}
