using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;

namespace Ssot.TestFramework.Fixtures.Tests.Suites.Sockets;

/// <summary>
/// Seeded bug: "skip if busy". Events go straight to the socket, and an event produced while a send on that connection is
/// still in flight is dropped instead of queued. On loopback a send is rarely in flight; against a client that does not
/// read, once the buffers are full, it is until the client reads again, so every event produced meanwhile is lost.
/// </summary>
/// <remarks>
/// So that a starved run fails at once instead of at the run timeout, a connection that dropped events is closed from the
/// server side as soon as none of its runs is going any more (as the other seeded servers do).
/// </remarks>
public sealed class DropWhileBusyChatServer : ChatServer
{
    private readonly ConcurrentDictionary<string, Sender> _senders = new(StringComparer.Ordinal);
    private int _closedDropped;

    /// <summary>Gets how many events were dropped, over all connections.</summary>
    public int Dropped => _senders.Values.Sum(s => Volatile.Read(ref s.Dropped)) + Volatile.Read(ref _closedDropped);

    protected override void Accepted(ChatConnection connection, WebSocket socket) => _senders[connection.ConnectionId] = new Sender(socket);

    protected override async Task RunAgentAsync(ChatConnection connection, string runId)
    {
        Sender sender = _senders[connection.ConnectionId];
        Interlocked.Increment(ref sender.Active);
        try
        {
            await base.RunAgentAsync(connection, runId);
        }
        finally
        {
            if (Interlocked.Decrement(ref sender.Active) == 0 && Volatile.Read(ref sender.Dropped) > 0)
            {
                connection.CloseAfterPending();
            }
        }
    }

    protected override async Task DeliverAsync(ChatConnection connection, string json)
    {
        if (!_senders.TryGetValue(connection.ConnectionId, out Sender? sender))
        {
            return;
        }

        if (Interlocked.CompareExchange(ref sender.Busy, 1, 0) != 0)
        {
            Interlocked.Increment(ref sender.Dropped); // The bug: a send is in flight, so this event is skipped instead of queued.
            return;
        }

        try
        {
            await sender.Socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, CancellationToken.None);
        }
        catch (Exception exception) when (exception is WebSocketException or InvalidOperationException)
        {
            // The socket is closing; the event has nowhere to go.
        }
        finally
        {
            Volatile.Write(ref sender.Busy, 0);
        }
    }

    protected override Task BeforeCloseAsync(ChatConnection connection)
    {
        if (_senders.TryRemove(connection.ConnectionId, out Sender? sender))
        {
            Interlocked.Add(ref _closedDropped, sender.Dropped);
        }

        return Task.CompletedTask;
    }

    private sealed class Sender(WebSocket socket)
    {
        public int Active;
        public int Busy;
        public int Dropped;

        public WebSocket Socket { get; } = socket;
    }
}
