namespace Ssot.TestFramework.Cli;

/// <summary>The parsed arguments of <c>ssot scan</c> (see <see cref="CliParser"/>).</summary>
/// <param name="Root">The folder to scan.</param>
/// <param name="Registry">The registry file.</param>
/// <param name="Baseline">The baseline file, or null.</param>
/// <param name="Format">The report format, lower case: <c>md</c>, <c>json</c> or <c>sarif</c>.</param>
/// <param name="Out">The report file, or null for standard output.</param>
/// <param name="AllowDiagnostics">Whether unreadable or unparsable files may pass.</param>
internal sealed record CliOptions(string Root, string Registry, string? Baseline, string Format, string? Out, bool AllowDiagnostics)
{
    /// <summary>Gets the solution or project files to evaluate (exact mode); empty means those under the root.</summary>
    public IReadOnlyList<string> Projects { get; init; } = [];

    /// <summary>Gets the configuration evaluated in exact mode.</summary>
    public string Configuration { get; init; } = "Debug";

    /// <summary>Gets the engine mode, lower case: <c>auto</c>, <c>exact</c> or <c>source</c>.</summary>
    public string Mode { get; init; } = "auto";

    /// <summary>Gets the repository root that paths and baseline keys are relative to, or null (the git root, else the root).</summary>
    public string? RepositoryRoot { get; init; }

    /// <summary>Gets whether progress and the informational lines on standard error are left out.</summary>
    public bool Quiet { get; init; }
}
