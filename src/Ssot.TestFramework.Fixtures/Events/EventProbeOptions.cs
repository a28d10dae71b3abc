namespace Ssot.TestFramework.Fixtures.Events;

/// <summary>Options for an <see cref="EventProbe"/>. Not thread-safe while being set; read once by the probe's constructor.</summary>
public sealed class EventProbeOptions
{
    /// <summary>Gets or sets the timeout of a wait that names none, before the time factor. Default: 5 seconds.</summary>
    public TimeSpan DefaultTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Gets or sets the factor applied to every timeout and duration. Default: <see langword="null"/>, meaning
    /// <see cref="TimeFactor.Current"/> (the <c>SSOT_TIMEFACTOR</c> environment variable, 1 when unset).
    /// </summary>
    public double? TimeFactor { get; set; }

    /// <summary>
    /// Gets or sets the clock that measures every timeout, <see cref="EventProbe.ExpectNoEventAsync(TimeSpan, EventMatcher?)"/>
    /// duration and <see cref="EventProbe.WithinAsync(TimeSpan, Func{Task})"/> deadline of the probe (timestamps and
    /// timers). Default: <see cref="TimeProvider.System"/>; <see langword="null"/> also means the system clock. Tests pass
    /// a fake clock (e.g. <c>FakeTimeProvider</c>) and advance it to make waits deterministic. The clock must be
    /// thread-safe, as <see cref="TimeProvider.System"/> is: its timers fire on other threads.
    /// </summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;
}
