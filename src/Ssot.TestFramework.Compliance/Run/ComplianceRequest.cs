using Ssot.TestFramework.Common;
using Ssot.TestFramework.Compliance.Rules;

namespace Ssot.TestFramework.Compliance.Run;

/// <summary>One report to write: a format (<c>md</c>, <c>json</c>, <c>sarif</c>) and a file.</summary>
/// <param name="Format">The format.</param>
/// <param name="Path">The file; written through a temporary file and a rename, so it is never left half-written.</param>
public sealed record ReportOutput(string Format, string Path);

/// <summary>
/// Everything one compliance run depends on: what to scan, the registry, the baseline, the reports, and the facts of
/// the repository, the environment and the clock. The same request gives the same reports, byte for byte, whichever
/// host (the <c>ssot</c> tool or <c>ImportComplianceSuite</c>) runs it.
/// </summary>
/// <param name="RegistryPath">The <c>ssot.json</c> file.</param>
/// <param name="ScanRoot">The folder to scan.</param>
/// <remarks>Immutable and therefore thread-safe.</remarks>
public sealed record ComplianceRequest(string RegistryPath, string ScanRoot)
{
    /// <summary>Gets the folder report paths, SARIF URIs and baseline keys are relative to; <see langword="null"/> (default): the git root above <see cref="ScanRoot"/>, else <see cref="ScanRoot"/>.</summary>
    public string? RepositoryRoot { get; init; }

    /// <summary>Gets the solution or project files to evaluate; empty (default): those under <see cref="ScanRoot"/>.</summary>
    public IReadOnlyList<string> Projects { get; init; } = [];

    /// <summary>Gets the build configuration for exact mode; default <c>Debug</c>.</summary>
    public string Configuration { get; init; } = "Debug";

    /// <summary>Gets the engine mode; default <see cref="ScanMode.Auto"/>.</summary>
    public ScanMode Mode { get; init; } = ScanMode.Auto;

    /// <summary>Gets the baseline file, or <see langword="null"/> (default) for none: every violation is new.</summary>
    public string? BaselinePath { get; init; }

    /// <summary>Gets the reports to write; default none.</summary>
    public IReadOnlyList<ReportOutput> Reports { get; init; } = [];

    /// <summary>Gets the environment lookup (<c>CI</c>, <c>SSOT_UPDATE_BASELINE</c>, <c>DOTNET_HOST_PATH</c>); default: this process's.</summary>
    public Func<string, string?> Environment { get; init; } = SsotSettings.ProcessEnvironment;

    /// <summary>Gets the clock; default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Gets what receives the scan's progress, or <see langword="null"/> (default) for none; see <see cref="ScanOptions.Progress"/>.</summary>
    public IProgress<ScanProgress>? Progress { get; init; }
}
