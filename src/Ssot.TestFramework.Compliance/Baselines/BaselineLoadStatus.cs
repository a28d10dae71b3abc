namespace Ssot.TestFramework.Compliance.Baselines;

/// <summary>Whether a baseline file was found.</summary>
public enum BaselineLoadStatus
{
    /// <summary>The file does not exist: no baseline yet (distinct from an empty baseline).</summary>
    Missing,

    /// <summary>The file was read and is valid.</summary>
    Loaded,
}
