using System.Threading.Channels;

namespace Ssot.TestFramework.WebSockets;

/// <summary>
/// One end of an in-memory, full-duplex byte pipe built on two <see cref="Channel{T}"/>s of byte chunks.
/// </summary>
/// <remarks>
/// One reader and one writer may use the stream concurrently (as <see cref="System.Net.WebSockets.WebSocket"/>
/// does). Reads return as soon as any bytes are available and may return fewer bytes than requested; a chunk larger
/// than the buffer is consumed over several reads. Disposing an end completes the peer's reads with 0 and makes
/// further writes to the disposed end throw. Cancellation tokens are honoured by pending reads and writes.
/// </remarks>
internal sealed class InMemoryDuplexStream : Stream
{
    private readonly ChannelReader<byte[]> _incoming;
    private readonly ChannelWriter<byte[]> _outgoing;
    private ReadOnlyMemory<byte> _pending;
    private int _disposed;

    private InMemoryDuplexStream(ChannelReader<byte[]> incoming, ChannelWriter<byte[]> outgoing)
    {
        _incoming = incoming;
        _outgoing = outgoing;
    }

    public override bool CanRead => true;

    public override bool CanWrite => true;

    public override bool CanSeek => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <summary>Creates two connected ends: what one writes, the other reads.</summary>
    internal static (InMemoryDuplexStream First, InMemoryDuplexStream Second) CreatePair()
    {
        var options = new UnboundedChannelOptions { SingleReader = true, SingleWriter = false };
        var firstToSecond = Channel.CreateUnbounded<byte[]>(options);
        var secondToFirst = Channel.CreateUnbounded<byte[]>(options);
        return (new InMemoryDuplexStream(secondToFirst.Reader, firstToSecond.Writer),
                new InMemoryDuplexStream(firstToSecond.Reader, secondToFirst.Writer));
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        if (buffer.IsEmpty)
        {
            return 0;
        }

        while (_pending.IsEmpty)
        {
            if (_incoming.TryRead(out byte[]? chunk))
            {
                _pending = chunk;
                break;
            }

            if (!await _incoming.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                return 0;
            }
        }

        int count = Math.Min(buffer.Length, _pending.Length);
        _pending[..count].CopyTo(buffer);
        _pending = _pending[count..];
        return count;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) =>
        ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        if (cancellationToken.IsCancellationRequested)
        {
            return ValueTask.FromCanceled(cancellationToken);
        }

        // Copy: the caller may reuse its buffer as soon as the write returns. The channel is unbounded, so the write
        // completes synchronously unless this end has been disposed.
        if (!buffer.IsEmpty && !_outgoing.TryWrite(buffer.ToArray()))
        {
            return ValueTask.FromException(new IOException("This end of the in-memory stream has been closed."));
        }

        return ValueTask.CompletedTask;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Write(byte[] buffer, int offset, int count) =>
        WriteAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override void Flush()
    {
    }

    public override Task FlushAsync(CancellationToken cancellationToken) =>
        cancellationToken.IsCancellationRequested ? Task.FromCanceled(cancellationToken) : Task.CompletedTask;

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _outgoing.TryComplete();
        }

        base.Dispose(disposing);
    }
}
