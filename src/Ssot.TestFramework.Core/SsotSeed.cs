using System.Text;
using Ssot.TestFramework.Common;

namespace Ssot.TestFramework;

/// <summary>
/// Derives the per-test seed: stable for a test's identity, overridable by <c>SSOT_SEED</c>.
/// </summary>
/// <remarks>Stateless and thread-safe. The hash is FNV-1a over the UTF-8 bytes of
/// <see cref="SsotTestIdentity.StableKey"/>, so it is the same on every machine and process
/// (unlike <see cref="string.GetHashCode()"/>, which is randomised per process).</remarks>
public static class SsotSeed
{
    /// <summary>The environment variable that replaces every test's seed, to replay a failure.</summary>
    public const string EnvironmentVariable = SsotSettings.SeedVariable;

    /// <summary>Derives the seed of a test from its identity alone.</summary>
    /// <param name="identity">The test's identity.</param>
    /// <returns>A non-negative seed, the same for the same identity.</returns>
    public static int Derive(SsotTestIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        uint hash = 2166136261;
        foreach (byte b in Encoding.UTF8.GetBytes(identity.StableKey))
        {
            hash ^= b;
            hash *= 16777619;
        }

        return (int)(hash & 0x7FFF_FFFF);
    }

    /// <summary>
    /// Resolves the seed of a test: the override when one is given, otherwise <see cref="Derive"/>.
    /// </summary>
    /// <param name="identity">The test's identity.</param>
    /// <param name="overrideValue">The value of <c>SSOT_SEED</c>, or <see langword="null"/> when unset.</param>
    /// <returns>The seed to use.</returns>
    /// <exception cref="SsotSettingException">The override is not a whole number; the message names the value.</exception>
    public static int Resolve(SsotTestIdentity identity, string? overrideValue)
    {
        ArgumentNullException.ThrowIfNull(identity);
        return SsotSettings.ParseSeed(overrideValue) ?? Derive(identity);
    }

    /// <summary>
    /// Mixes a seed with a stream index into a new deterministic seed (SplitMix32), so that several
    /// generators of one test get distinct but reproducible sequences.
    /// </summary>
    /// <param name="seed">The base seed.</param>
    /// <param name="stream">The index of the derived stream.</param>
    /// <returns>A non-negative derived seed.</returns>
    public static int Mix(int seed, int stream)
    {
        unchecked
        {
            uint z = (uint)seed + (0x9E3779B9u * (uint)(stream + 1));
            z = (z ^ (z >> 16)) * 0x85EBCA6Bu;
            z = (z ^ (z >> 13)) * 0xC2B2AE35u;
            z ^= z >> 16;
            return (int)(z & 0x7FFF_FFFF);
        }
    }
}
