using FluentAssertions;
using Ssot.TestFramework.WebSockets;

namespace Ssot.TestFramework.Core.Tests.WebSockets;

public sealed class InMemoryDuplexStreamTests
{
    private static readonly TimeSpan s_guard = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task ReadAsync_SmallBuffer_ReturnsChunkOverSeveralPartialReads()
    {
        (InMemoryDuplexStream? first, InMemoryDuplexStream? second) = InMemoryDuplexStream.CreatePair();
        await using InMemoryDuplexStream a = first;
        await using InMemoryDuplexStream b = second;

        await a.WriteAsync(new byte[] { 1, 2, 3, 4, 5 });
        byte[] buffer = new byte[2];

        (await b.ReadAsync(buffer)).Should().Be(2);
        buffer.Should().Equal(1, 2);
        (await b.ReadAsync(buffer)).Should().Be(2);
        buffer.Should().Equal(3, 4);
        (await b.ReadAsync(buffer)).Should().Be(1);
        buffer[0].Should().Be(5);
    }

    [Fact]
    public async Task WriteAsync_BothDirectionsConcurrently_EachSideReadsThePeersBytes()
    {
        (InMemoryDuplexStream? first, InMemoryDuplexStream? second) = InMemoryDuplexStream.CreatePair();
        await using InMemoryDuplexStream a = first;
        await using InMemoryDuplexStream b = second;

        Task<byte[]> readAtA = ReadExactlyAsync(a, 3);
        Task<byte[]> readAtB = ReadExactlyAsync(b, 3);
        await Task.WhenAll(a.WriteAsync(new byte[] { 1, 2, 3 }).AsTask(), b.WriteAsync(new byte[] { 9, 8, 7 }).AsTask());

        (await readAtA.WaitAsync(s_guard)).Should().Equal(9, 8, 7);
        (await readAtB.WaitAsync(s_guard)).Should().Equal(1, 2, 3);
    }

    [Fact]
    public async Task Dispose_PeerPendingRead_CompletesWithZero()
    {
        (InMemoryDuplexStream? a, InMemoryDuplexStream? b) = InMemoryDuplexStream.CreatePair();
        Task<int> pending = b.ReadAsync(new byte[4]).AsTask();

        await a.DisposeAsync();

        (await pending.WaitAsync(s_guard)).Should().Be(0);
        await b.DisposeAsync();
    }

    [Fact]
    public async Task ReadAsync_Cancelled_ThrowsOperationCanceled()
    {
        (InMemoryDuplexStream? first, InMemoryDuplexStream? second) = InMemoryDuplexStream.CreatePair();
        await using InMemoryDuplexStream a = first;
        await using InMemoryDuplexStream b = second;
        using var cts = new CancellationTokenSource();

        Task<int> pending = b.ReadAsync(new byte[4], cts.Token).AsTask();
        await cts.CancelAsync();

        await FluentActions.Awaiting(() => pending.WaitAsync(s_guard)).Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task WriteAsync_AfterDispose_Throws()
    {
        (InMemoryDuplexStream? a, InMemoryDuplexStream? b) = InMemoryDuplexStream.CreatePair();
        await a.DisposeAsync();
        await b.DisposeAsync();

        await FluentActions.Awaiting(() => a.WriteAsync(new byte[] { 1 }).AsTask()).Should().ThrowAsync<ObjectDisposedException>();
    }

    private static async Task<byte[]> ReadExactlyAsync(Stream stream, int count)
    {
        byte[] buffer = new byte[count];
        await stream.ReadExactlyAsync(buffer);
        return buffer;
    }
}
