namespace Ssot.TestFramework.Fixtures.Events;

/// <summary>
/// An append-only, ordered log of events that an <see cref="EventProbe"/> can wait on.
/// Implementations must be thread-safe: events are appended by producers while probes read.
/// </summary>
/// <remarks>
/// Implemented by <see cref="EventLog"/> (in-process) and by the WebSocket test client's event log.
/// A source never removes or reorders events; the probe keeps its own cursor.
/// </remarks>
public interface IEventSource
{
    /// <summary>Gets a short name used in failure messages, e.g. <c>client usr_a</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the number of events appended so far.</summary>
    public int Count { get; }

    /// <summary>Gets a value indicating whether the source will never append another event (e.g. the socket closed).</summary>
    public bool IsCompleted { get; }

    /// <summary>Returns a copy of the events appended so far, in order.</summary>
    /// <returns>The snapshot.</returns>
    public IReadOnlyList<ObservedEvent> Snapshot();

    /// <summary>
    /// Completes when <see cref="Count"/> exceeds <paramref name="knownCount"/> or the source completes,
    /// whichever comes first; completes at once if either already holds.
    /// </summary>
    /// <param name="knownCount">The number of events the caller has already seen.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>A task that completes as described.</returns>
    public Task WaitForMoreAsync(int knownCount, CancellationToken cancellationToken);
}
