using System.Globalization;

namespace Ssot.TestFramework.Users;

/// <summary>
/// How <see cref="UserContextHelper.RunConcurrentlyAsync{T}(IReadOnlyList{UserContext}, Func{UserContext, CancellationToken, Task{T}}, ConcurrentRunOptions?)"/>
/// runs: how long all operations together may take and which token cancels them.
/// </summary>
/// <remarks>
/// Immutable after initialization and therefore thread-safe: one instance may serve any number of runs at once. An
/// invalid value is rejected when it is set, so a bad option fails where it is written, not in the run.
/// </remarks>
public sealed class ConcurrentRunOptions
{
    private readonly TimeSpan _timeout = System.Threading.Timeout.InfiniteTimeSpan;

    /// <summary>Gets the options used when none are given: no timeout, no cancellation.</summary>
    public static ConcurrentRunOptions Default { get; } = new();

    /// <summary>
    /// Gets the time all operations together may take, measured from the start of the run. When it elapses the run
    /// cancels the token passed to the operations and throws <see cref="TimeoutException"/> naming the users whose
    /// operation had not finished. Default: <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> (no timeout).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The value is zero or negative (other than <see cref="System.Threading.Timeout.InfiniteTimeSpan"/>); the message names it.
    /// </exception>
    public TimeSpan Timeout
    {
        get => _timeout;
        init
        {
            if (value <= TimeSpan.Zero && value != System.Threading.Timeout.InfiniteTimeSpan)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(Timeout),
                    value,
                    string.Create(CultureInfo.InvariantCulture, $"ConcurrentRunOptions.Timeout is {value}, but it must be positive; use Timeout.InfiniteTimeSpan (the default) for no timeout."));
            }

            _timeout = value;
        }
    }

    /// <summary>
    /// Gets the token that cancels the run. It is linked into the token every operation receives, so cancelling it
    /// cancels the operations; the run still waits for them and collects their outcomes. Default:
    /// <see cref="CancellationToken.None"/>.
    /// </summary>
    public CancellationToken CancellationToken { get; init; }

    /// <summary>Gets whether a timeout applies (<see cref="Timeout"/> is not infinite).</summary>
    internal bool HasTimeout => _timeout != System.Threading.Timeout.InfiniteTimeSpan;
}
