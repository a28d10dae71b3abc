namespace Ssot.TestFramework.Fixtures.Events;

/// <summary>
/// An in-process <see cref="IEventSource"/>: tests and in-process systems publish events into it and
/// <see cref="EventProbe"/>s wait on it. Thread-safe; publishing never blocks on readers.
/// </summary>
public sealed class EventLog : IEventSource
{
    private readonly object _gate = new();
    private readonly List<ObservedEvent> _events = [];
    private readonly TimeProvider _clock;
    private TaskCompletionSource _changed = NewSignal();
    private bool _completed;

    /// <summary>Creates an empty log.</summary>
    /// <param name="name">The name used in failure messages; defaults to <c>event log</c>.</param>
    /// <param name="clock">The clock that stamps published events; defaults to <see cref="TimeProvider.System"/>.</param>
    public EventLog(string? name = null, TimeProvider? clock = null)
    {
        Name = name ?? "event log";
        _clock = clock ?? TimeProvider.System;
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _events.Count;
            }
        }
    }

    /// <inheritdoc />
    public bool IsCompleted
    {
        get
        {
            lock (_gate)
            {
                return _completed;
            }
        }
    }

    /// <summary>
    /// Appends an event, stamping the next sequence number (1-based) and, when it has none, the current time.
    /// </summary>
    /// <param name="observedEvent">The event.</param>
    /// <returns>The event as stored.</returns>
    /// <exception cref="InvalidOperationException">The log was completed.</exception>
    public ObservedEvent Publish(ObservedEvent observedEvent)
    {
        ArgumentNullException.ThrowIfNull(observedEvent);
        return Append(observedEvent, keepSequence: false);
    }

    /// <summary>Appends an event made with <see cref="ObservedEvent.Create"/>.</summary>
    /// <param name="type">The event's type.</param>
    /// <param name="userId">The user id, if any.</param>
    /// <param name="runId">The run id, if any.</param>
    /// <param name="threadId">The thread id, if any.</param>
    /// <param name="toolCallId">The tool call id, if any.</param>
    /// <returns>The event as stored.</returns>
    public ObservedEvent Publish(string type, string? userId = null, string? runId = null, string? threadId = null, string? toolCallId = null)
        => Publish(ObservedEvent.Create(type, userId, runId, threadId, toolCallId));

    /// <summary>Marks the log as complete: no more events; waiting probes stop waiting. Idempotent.</summary>
    public void Complete()
    {
        TaskCompletionSource signal;
        lock (_gate)
        {
            if (_completed)
            {
                return;
            }

            _completed = true;
            signal = _changed;
        }

        signal.TrySetResult();
    }

    /// <inheritdoc />
    public IReadOnlyList<ObservedEvent> Snapshot()
    {
        lock (_gate)
        {
            return _events.ToArray();
        }
    }

    /// <inheritdoc />
    public Task WaitForMoreAsync(int knownCount, CancellationToken cancellationToken)
    {
        Task signal;
        lock (_gate)
        {
            if (_events.Count > knownCount || _completed)
            {
                return Task.CompletedTask;
            }

            signal = _changed.Task;
        }

        return signal.WaitAsync(cancellationToken);
    }

    /// <summary>Appends an event keeping its sequence number (used by sources that number frames themselves).</summary>
    internal ObservedEvent Append(ObservedEvent observedEvent, bool keepSequence)
    {
        TaskCompletionSource signal;
        ObservedEvent stored;
        lock (_gate)
        {
            if (_completed)
            {
                throw new InvalidOperationException($"The event log '{Name}' is complete; no more events can be published.");
            }

            long sequence = keepSequence ? observedEvent.Sequence : _events.Count + 1;
            DateTimeOffset timestamp = observedEvent.Timestamp == DateTimeOffset.MinValue ? _clock.GetUtcNow() : observedEvent.Timestamp;
            stored = observedEvent with { Sequence = sequence, Timestamp = timestamp };
            _events.Add(stored);
            signal = _changed;
            _changed = NewSignal();
        }

        signal.TrySetResult();
        return stored;
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
