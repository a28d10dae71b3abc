namespace Ssot.TestFramework.Compliance.Projects;

/// <summary>
/// One project and target framework as the installed .NET SDK evaluates it: the compiler's own command line (compile
/// items, references, defines, language version, nullable context) and how its project references map to files.
/// </summary>
/// <param name="ProjectPath">The absolute path of the project file.</param>
/// <param name="TargetFramework">The target framework, e.g. <c>net8.0</c>.</param>
/// <param name="CompilerArguments">The arguments MSBuild passes to <c>csc</c> (no response files).</param>
/// <param name="OutputPaths">The paths other projects reference this one by (its target and reference-assembly paths).</param>
/// <param name="ProjectReferences">The project each referenced output path belongs to, keyed by that path.</param>
/// <remarks>Immutable and therefore thread-safe.</remarks>
internal sealed record EvaluatedProject(
    string ProjectPath,
    string TargetFramework,
    IReadOnlyList<string> CompilerArguments,
    IReadOnlyList<string> OutputPaths,
    IReadOnlyDictionary<string, string> ProjectReferences)
{
    /// <summary>Gets a display name such as <c>Lib.csproj (net8.0)</c>.</summary>
    public string DisplayName => $"{Path.GetFileName(ProjectPath)} ({TargetFramework})";
}
