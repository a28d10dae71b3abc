namespace Ssot.TestFramework.Rules;

/// <summary>
/// Figures about one scan: how many files were seen and how many needed the semantic pass.
/// </summary>
/// <param name="FilesScanned">Files matched by the include/exclude globs and read by the text pass.</param>
/// <param name="CandidateFiles">Files parsed and bound (the second tier).</param>
/// <param name="Elapsed">Wall-clock time of the whole scan.</param>
/// <remarks>Immutable and therefore thread-safe.</remarks>
public sealed record ScanStatistics(int FilesScanned, int CandidateFiles, TimeSpan Elapsed);
