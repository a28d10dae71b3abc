namespace Ssot.TestFramework.Compliance.Projects;

/// <summary>
/// One project and target framework as the installed .NET SDK evaluates it: the compiler's own command line (compile
/// items, references, defines, language version, nullable context) and the paths other projects reference it by.
/// </summary>
/// <param name="ProjectPath">The absolute path of the project file.</param>
/// <param name="TargetFramework">The target framework, e.g. <c>net8.0</c>.</param>
/// <param name="CompilerArguments">The arguments MSBuild passes to <c>csc</c> (no response files).</param>
/// <param name="OutputPaths">The paths other projects reference this one by (its target and reference-assembly paths).</param>
/// <remarks>Immutable and therefore thread-safe.</remarks>
internal sealed record EvaluatedProject(
    string ProjectPath,
    string TargetFramework,
    IReadOnlyList<string> CompilerArguments,
    IReadOnlyList<string> OutputPaths)
{
    /// <summary>Gets a display name such as <c>Lib.csproj (net8.0)</c>.</summary>
    public string DisplayName => $"{Path.GetFileName(ProjectPath)} ({TargetFramework})";
}
