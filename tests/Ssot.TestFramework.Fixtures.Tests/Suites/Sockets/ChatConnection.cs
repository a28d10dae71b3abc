using System.Threading.Channels;

namespace Ssot.TestFramework.Fixtures.Tests.Suites.Sockets;

/// <summary>
/// The object the chat server keeps for one open WebSocket: who it is, its state, and an outbox the connection's send
/// pump drains in order. It holds no socket, so walking it never wanders into Kestrel's internals.
/// </summary>
public sealed class ChatConnection(string userId, string connectionId, string? threadId = null)
{
    private readonly Dictionary<string, string> _state = new(StringComparer.Ordinal);
    private bool _closeRequested;

    public string UserId { get; } = userId;

    public string ConnectionId { get; } = connectionId;

    /// <summary>Gets the thread id the client connected with (the <c>thread_id</c> query parameter or header), or <see langword="null"/>.</summary>
    public string? ThreadId { get; } = threadId;

    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>
    /// Gets a task that completes once the client left (closed or aborted), before the server lets the connection's
    /// running runs finish and completes its outbox.
    /// </summary>
    public Task Closed => _closed.Task;

    public Channel<string> Outbox { get; } = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Gets a value indicating whether the server closes the socket once the outbox is sent (<see cref="CloseAfterPending"/>).</summary>
    public bool CloseRequested => Volatile.Read(ref _closeRequested);

    /// <summary>Sends what is in the outbox, then closes the socket from the server side; later events are dropped.</summary>
    public void CloseAfterPending()
    {
        Volatile.Write(ref _closeRequested, true);
        Outbox.Writer.TryComplete();
    }

    /// <summary>Marks that the client left (<see cref="Closed"/>).</summary>
    public void MarkClosed() => _closed.TrySetResult();

    public void Write(string key, string value)
    {
        lock (_state)
        {
            _state[key] = value;
        }
    }

    public string? Read(string key)
    {
        lock (_state)
        {
            return _state.TryGetValue(key, out string? value) ? value : null;
        }
    }
}
