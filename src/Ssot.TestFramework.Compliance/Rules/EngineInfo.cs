namespace Ssot.TestFramework.Compliance.Rules;

/// <summary>How a scan analysed the code; every report and the <c>ssot</c> tool's stderr state it.</summary>
/// <param name="Mode"><c>exact</c> (the projects' real compilations) or <c>source</c> (files without their project).</param>
/// <param name="Projects">The number of projects analysed in exact mode.</param>
/// <param name="TargetFrameworks">The target frameworks analysed in exact mode.</param>
/// <param name="ApproximateFiles">The number of files analysed without their project (source mode or fallback).</param>
/// <remarks>Immutable and therefore thread-safe.</remarks>
public sealed record EngineInfo(string Mode, int Projects, IReadOnlyList<string> TargetFrameworks, int ApproximateFiles)
{
    /// <summary>Gets a source-mode description.</summary>
    /// <param name="files">The files analysed.</param>
    /// <returns>The description.</returns>
    public static EngineInfo SourceMode(int files) => new("source", 0, [], files);

    /// <summary>Gets whether the whole scan was exact (no file analysed without its project).</summary>
    public bool IsExact => Mode == "exact" && ApproximateFiles == 0;

    /// <summary>Gets the one-line label, e.g. <c>exact: 3 project(s), net8.0;net10.0</c> or <c>approximate: 12 files analysed without their project</c>.</summary>
    public string Label
    {
        get
        {
            string approximate = $"approximate: {ApproximateFiles} files analysed without their project";
            if (Mode != "exact")
            {
                return approximate;
            }

            string exact = $"exact: {Projects} project(s), {string.Join(";", TargetFrameworks)}";
            return ApproximateFiles == 0 ? exact : $"{exact}; {approximate}";
        }
    }
}
