namespace Ssot.TestFramework.Compliance.Baselines;

/// <summary>The outcome of <see cref="BaselineFile.Load(string)"/>.</summary>
/// <param name="Path">The absolute file path.</param>
/// <param name="Status">Whether the file existed.</param>
/// <param name="Baseline">The baseline; <see cref="Baseline.Empty"/> when <see cref="Status"/> is <see cref="BaselineLoadStatus.Missing"/>.</param>
/// <remarks>Immutable and therefore thread-safe.</remarks>
public sealed record BaselineLoadResult(string Path, BaselineLoadStatus Status, Baseline Baseline)
{
    /// <summary>Gets a value indicating whether the file was missing.</summary>
    public bool IsMissing => Status == BaselineLoadStatus.Missing;
}
