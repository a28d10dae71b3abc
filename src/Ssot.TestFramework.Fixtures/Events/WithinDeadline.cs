namespace Ssot.TestFramework.Fixtures.Events;

/// <summary>
/// One shared deadline set by <see cref="EventProbe.WithinAsync(TimeSpan, Func{Task})"/>, measured on the clock of the
/// probe that set it and never later than its outer deadline (which may run on another probe's clock). Immutable.
/// </summary>
internal sealed class WithinDeadline
{
    private readonly TimeProvider _clock;
    private readonly long _started;
    private readonly WithinDeadline? _outer;

    public WithinDeadline(TimeProvider clock, TimeSpan max, WithinDeadline? outer)
    {
        _clock = clock;
        _started = clock.GetTimestamp();
        Max = max;
        _outer = outer;
    }

    public TimeSpan Max { get; }

    /// <summary>Gets the time left now: this deadline's, or the outer one's when that is nearer; zero or less once passed.</summary>
    public TimeSpan Remaining
    {
        get
        {
            TimeSpan own = Max - _clock.GetElapsedTime(_started);
            if (_outer is null)
            {
                return own;
            }

            TimeSpan outer = _outer.Remaining;
            return outer < own ? outer : own;
        }
    }

    public string Describe() => $"Within({ProbeFailure.Ms(Max)}), {ProbeFailure.Ms(_clock.GetElapsedTime(_started))} elapsed";
}
