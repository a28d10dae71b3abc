namespace Ssot.TestFramework.Compliance.Rules;

/// <summary>
/// How far a scan has got: reported through <see cref="ScanOptions.Progress"/> (and
/// <c>ComplianceRequest.Progress</c>) when a project evaluation ends and as files are analysed. The figures only grow
/// during one scan.
/// </summary>
/// <param name="ProjectsEvaluated">Projects evaluated so far, per project file (exact mode; 0 in source mode).</param>
/// <param name="FilesAnalysed">Files parsed and analysed so far.</param>
/// <param name="Files">Files to analyse, as far as they are known yet (0 until the text pass or the evaluation ends).</param>
/// <remarks>Immutable and therefore thread-safe.</remarks>
public sealed record ScanProgress(int ProjectsEvaluated, int FilesAnalysed, int Files);
