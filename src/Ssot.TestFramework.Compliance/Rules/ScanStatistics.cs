namespace Ssot.TestFramework.Compliance.Rules;

/// <summary>
/// Figures about one scan: how many files were seen and how many needed the semantic pass.
/// </summary>
/// <param name="FilesScanned">Files matched by the include/exclude globs and read by the text pass.</param>
/// <param name="CandidateFiles">Files parsed and bound (the second tier).</param>
/// <param name="Elapsed">Wall-clock time of the whole scan.</param>
/// <param name="TextPass">Time of the text tier (enumerating and reading every file).</param>
/// <param name="ParsePass">Time spent parsing candidates and creating the compilation.</param>
/// <param name="SemanticPass">Time spent binding the registry and running the rules.</param>
/// <remarks>Immutable and therefore thread-safe.</remarks>
public sealed record ScanStatistics(int FilesScanned, int CandidateFiles, TimeSpan Elapsed, TimeSpan TextPass = default, TimeSpan ParsePass = default, TimeSpan SemanticPass = default);
