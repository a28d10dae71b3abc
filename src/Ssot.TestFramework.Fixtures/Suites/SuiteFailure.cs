using Ssot.TestFramework.Fixtures.Events;

namespace Ssot.TestFramework.Fixtures.Suites;

/// <summary>How every ready-made suite words a failure: headline, the first problems, the seed to replay.</summary>
internal static class SuiteFailure
{
    private const int Shown = 10;

    /// <summary>Gets the replay hint for a seed: <c>(seed 12; replay with SSOT_SEED=12)</c>.</summary>
    public static string Replay(int seed) => $"(seed {seed}; replay with {SsotSeed.EnvironmentVariable}={seed})";

    /// <summary>Builds the failure: the headline, at most ten problems then a count of the rest, and the replay hint.</summary>
    public static SuiteCheckException Create(string headline, IReadOnlyList<string> problems, int seed)
    {
        IEnumerable<string> lines = problems.Take(Shown).Select(p => "  - " + p);
        if (problems.Count > Shown)
        {
            lines = lines.Append($"  ... and {problems.Count - Shown} more");
        }

        return new SuiteCheckException($"{headline}{Environment.NewLine}{string.Join(Environment.NewLine, lines)}{Environment.NewLine}{Replay(seed)}");
    }

    /// <summary>Scales a duration by <c>SSOT_TIMEFACTOR</c>.</summary>
    public static TimeSpan Scaled(TimeSpan duration) => TimeFactor.Dilate(duration, TimeFactor.Current);
}
