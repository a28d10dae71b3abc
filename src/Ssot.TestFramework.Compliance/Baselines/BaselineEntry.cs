namespace Ssot.TestFramework.Compliance.Baselines;

/// <summary>One baseline line: a key and how many violations with that key are known.</summary>
/// <param name="Key">The key.</param>
/// <param name="Count">The number of known violations, at least 1.</param>
/// <remarks>Immutable and therefore thread-safe.</remarks>
public sealed record BaselineEntry(BaselineKey Key, int Count);
