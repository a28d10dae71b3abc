using System.Diagnostics;

namespace Ssot.TestFramework.Fixtures.Events;

/// <summary>One shared deadline set by <see cref="EventProbe.WithinAsync(TimeSpan, Func{Task})"/>. Immutable.</summary>
internal sealed class WithinDeadline
{
    public WithinDeadline(long started, TimeSpan max, WithinDeadline? outer)
    {
        Started = started;
        Max = max;
        long own = started + (long)(max.TotalSeconds * Stopwatch.Frequency);
        DeadlineTimestamp = outer is null ? own : Math.Min(own, outer.DeadlineTimestamp);
    }

    public long Started { get; }

    public TimeSpan Max { get; }

    public long DeadlineTimestamp { get; }

    public TimeSpan RemainingAt(long now) => TimeSpan.FromSeconds((DeadlineTimestamp - now) / (double)Stopwatch.Frequency);

    public string Describe() => $"Within({ProbeFailure.Ms(Max)}), {ProbeFailure.Ms(Stopwatch.GetElapsedTime(Started))} elapsed";
}
