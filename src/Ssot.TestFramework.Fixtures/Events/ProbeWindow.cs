namespace Ssot.TestFramework.Fixtures.Events;

/// <summary>
/// The time one probe wait may take, measured on the probe's clock: its own timeout, cut short by an enclosing
/// <see cref="EventProbe.WithinAsync(TimeSpan, Func{Task})"/>.
/// </summary>
internal sealed class ProbeWindow
{
    private static readonly AsyncLocal<WithinDeadline?> s_currentDeadline = new();
    private readonly TimeProvider _clock;

    private ProbeWindow(TimeProvider clock, long started, TimeSpan allowed, string? deadlineNote)
    {
        _clock = clock;
        Started = started;
        Allowed = allowed;
        DeadlineNote = deadlineNote;
    }

    /// <summary>Gets the timestamp, on the window's clock, at which the window opened.</summary>
    public long Started { get; }

    public TimeSpan Allowed { get; }

    public string? DeadlineNote { get; }

    public TimeSpan Elapsed => _clock.GetElapsedTime(Started);

    public TimeSpan Remaining => Allowed == Timeout.InfiniteTimeSpan ? Timeout.InfiniteTimeSpan : Allowed - Elapsed;

    public static WithinDeadline? Enclosing
    {
        get => s_currentDeadline.Value;
        set => s_currentDeadline.Value = value;
    }

    /// <summary>Opens a window of <paramref name="own"/> (already dilated), or less when an enclosing deadline is nearer.</summary>
    /// <param name="clock">The clock the window is measured on.</param>
    /// <param name="own">The wait's own timeout.</param>
    /// <param name="enclosing">The enclosing deadline, if any.</param>
    /// <returns>The window, or <see langword="null"/> when the enclosing deadline has already passed.</returns>
    public static ProbeWindow? Open(TimeProvider clock, TimeSpan own, out WithinDeadline? enclosing)
    {
        long now = clock.GetTimestamp();
        enclosing = s_currentDeadline.Value;
        if (enclosing is null)
        {
            return new ProbeWindow(clock, now, own, null);
        }

        TimeSpan remaining = enclosing.Remaining;
        if (remaining <= TimeSpan.Zero)
        {
            return null;
        }

        if (own != Timeout.InfiniteTimeSpan && own <= remaining)
        {
            return new ProbeWindow(clock, now, own, null);
        }

        return new ProbeWindow(clock, now, remaining, $"limited by the shared deadline of {enclosing.Describe()}");
    }
}
