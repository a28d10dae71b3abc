using System.Diagnostics;

namespace Ssot.TestFramework.Fixtures.Events;

/// <summary>The time one probe wait may take: its own timeout, cut short by an enclosing <see cref="EventProbe.WithinAsync(TimeSpan, Func{Task})"/>.</summary>
internal sealed class ProbeWindow
{
    private static readonly AsyncLocal<WithinDeadline?> CurrentDeadline = new();

    private ProbeWindow(long started, TimeSpan allowed, string? deadlineNote)
    {
        Started = started;
        Allowed = allowed;
        DeadlineNote = deadlineNote;
    }

    public long Started { get; }

    public TimeSpan Allowed { get; }

    public string? DeadlineNote { get; }

    public TimeSpan Elapsed => Stopwatch.GetElapsedTime(Started);

    public TimeSpan Remaining => Allowed == Timeout.InfiniteTimeSpan ? Timeout.InfiniteTimeSpan : Allowed - Elapsed;

    public static WithinDeadline? Enclosing
    {
        get => CurrentDeadline.Value;
        set => CurrentDeadline.Value = value;
    }

    /// <summary>Opens a window of <paramref name="own"/> (already dilated), or less when an enclosing deadline is nearer.</summary>
    /// <returns>The window, or <see langword="null"/> when the enclosing deadline has already passed.</returns>
    public static ProbeWindow? Open(TimeSpan own, out WithinDeadline? enclosing)
    {
        long now = Stopwatch.GetTimestamp();
        enclosing = CurrentDeadline.Value;
        if (enclosing is null) return new ProbeWindow(now, own, null);

        TimeSpan remaining = enclosing.RemainingAt(now);
        if (remaining <= TimeSpan.Zero) return null;
        if (own != Timeout.InfiniteTimeSpan && own <= remaining) return new ProbeWindow(now, own, null);
        return new ProbeWindow(now, remaining, $"limited by the shared deadline of {enclosing.Describe()}");
    }
}
