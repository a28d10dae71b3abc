using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Ssot.TestFramework.Fixtures.Events;
using Stopwatch = System.Diagnostics.Stopwatch;

namespace Ssot.TestFramework.Fixtures.WebSockets;

/// <summary>
/// A connected <see cref="ClientWebSocket"/> for tests. Sends are serialised (one in flight at a time), so any number of
/// tasks may send concurrently. A background loop records every received message as a <see cref="ReceivedFrame"/>
/// and publishes parsed events to <see cref="Events"/> for <see cref="EventProbe"/>s; unparsable messages are kept
/// with a parse error, never dropped. Reading can be paused (<see cref="PauseReading"/>) to play a slow consumer. All
/// members are thread-safe.
/// </summary>
public sealed class WebSocketTestClient : IAsyncDisposable
{
    private readonly ClientWebSocket _socket;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly List<ReceivedFrame> _frames = [];
    private readonly EventLog _events;
    private readonly WebSocketTestClientOptions _options;
    private readonly Action<WebSocketTestClient>? _onDisposed;
    private readonly object _readGate = new();
    private TaskCompletionSource? _resumed;
    private HttpMessageInvoker? _invoker;
    private Task _receiveLoop = Task.CompletedTask;
    private long _sequence;
    private int _disposed;

    private WebSocketTestClient(ClientWebSocket socket, ClientIdentity identity, Uri uri, WebSocketTestClientOptions options, Action<WebSocketTestClient>? onDisposed)
    {
        _socket = socket;
        _options = options;
        _onDisposed = onDisposed;
        Identity = identity;
        Uri = uri;
        _events = new EventLog($"WebSocket client {identity.UserId}{(identity.ConnectionId is null ? string.Empty : "/" + identity.ConnectionId)}", options.Clock);
    }

    /// <summary>Gets who the client connected as.</summary>
    public ClientIdentity Identity { get; }

    /// <summary>Gets the URI the client connected to (with any identity query string).</summary>
    public Uri Uri { get; }

    /// <summary>Gets the socket's state.</summary>
    public WebSocketState State => _socket.State;

    /// <summary>Gets the close status the peer sent, or <see langword="null"/> while open.</summary>
    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

    /// <summary>Gets the close description the peer sent, or <see langword="null"/>.</summary>
    public string? CloseStatusDescription => _socket.CloseStatusDescription;

    /// <summary>Gets the parsed events, in arrival order; completes when the socket closes.</summary>
    public IEventSource Events => _events;

    /// <summary>
    /// Gets the socket receive buffer the kernel actually uses, read back after
    /// <see cref="WebSocketTestClientOptions.SocketReceiveBufferSize"/> was applied (Linux reports twice the requested
    /// size, its bookkeeping included), or <see langword="null"/> when that option is not set (the OS default, autotuned).
    /// </summary>
    public int? EffectiveSocketReceiveBufferSize { get; private set; }

    /// <summary>
    /// Gets the most bytes this client holds unread while reading is paused, or <see langword="null"/> when unknown (no
    /// <see cref="WebSocketTestClientOptions.SocketReceiveBufferSize"/>): <see cref="EffectiveSocketReceiveBufferSize"/>,
    /// plus the one read in progress when the pause began (<see cref="WebSocketTestClientOptions.ReceiveBufferSize"/>),
    /// plus <see cref="FrameworkReadBufferBytes"/> for the HTTP connection's own read buffer.
    /// </summary>
    public long? UnreadCapacity => EffectiveSocketReceiveBufferSize is int kernel
        ? (long)kernel + Math.Max(256, _options.ReceiveBufferSize) + FrameworkReadBufferBytes
        : null;

    /// <summary>Gets a value indicating whether reading is paused (<see cref="PauseReading"/>).</summary>
    public bool IsReadingPaused
    {
        get
        {
            lock (_readGate)
            {
                return _resumed is not null;
            }
        }
    }

    /// <summary>Gets a completed task once the receive loop ended (closed, aborted or failed).</summary>
    public Task Completion => _receiveLoop;

    /// <summary>Gets the exception that ended the receive loop, or <see langword="null"/> after a clean close.</summary>
    public Exception? ReceiveError { get; private set; }

    /// <summary>Gets a snapshot of every message received so far, in order.</summary>
    public IReadOnlyList<ReceivedFrame> Frames
    {
        get
        {
            lock (_frames)
            {
                return _frames.ToArray();
            }
        }
    }

    /// <summary>The allowance <see cref="UnreadCapacity"/> makes for the read buffers of .NET's HTTP connection: 8 KiB.</summary>
    public const int FrameworkReadBufferBytes = 8 * 1024;

    /// <summary>Connects to any WebSocket endpoint as <paramref name="identity"/>.</summary>
    /// <param name="endpoint">The <c>ws://</c> URI without identity.</param>
    /// <param name="identity">Who to connect as.</param>
    /// <param name="options">Options; defaults as documented on <see cref="WebSocketTestClientOptions"/>.</param>
    /// <param name="cancellationToken">Cancels the connect.</param>
    /// <returns>The connected client.</returns>
    public static Task<WebSocketTestClient> ConnectAsync(Uri endpoint, ClientIdentity identity, WebSocketTestClientOptions? options = null, CancellationToken cancellationToken = default)
        => ConnectAsync(endpoint, identity, options ?? new WebSocketTestClientOptions(), null, cancellationToken);

    /// <summary>Creates a probe over <see cref="Events"/> whose cursor starts at the first event.</summary>
    /// <param name="options">Probe options; default as documented on <see cref="EventProbeOptions"/>.</param>
    /// <returns>The probe.</returns>
    public EventProbe CreateProbe(EventProbeOptions? options = null) => new(_events, options);

    /// <summary>
    /// Stops reading from the socket, as a slow consumer: the receive loop calls the socket's receive no more, so what the
    /// server sends stays in the kernel's and the server's buffers and, once they are full, the server's send is busy.
    /// A read already in progress still completes, but what it read is not recorded until <see cref="ResumeReading"/>:
    /// no new frame or event appears while paused. Sending is not affected. Idempotent.
    /// </summary>
    public void PauseReading()
    {
        lock (_readGate)
        {
            _resumed ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    /// <summary>Resumes reading after <see cref="PauseReading"/>; everything held back is then recorded in order. Idempotent.</summary>
    public void ResumeReading()
    {
        TaskCompletionSource? resumed;
        lock (_readGate)
        {
            resumed = _resumed;
            _resumed = null;
        }

        resumed?.TrySetResult();
    }

    /// <summary>Sends one text message. Waits for any send in flight first.</summary>
    /// <param name="text">The text.</param>
    /// <param name="cancellationToken">Cancels the send.</param>
    /// <returns>A task that completes when the message was handed to the socket.</returns>
    public Task SendTextAsync(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        return SendAsync(Encoding.UTF8.GetBytes(text), cancellationToken);
    }

    /// <summary>Serialises <paramref name="value"/> with System.Text.Json and sends it as one text message.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="serializerOptions">Serializer options; default System.Text.Json defaults.</param>
    /// <param name="cancellationToken">Cancels the send.</param>
    /// <returns>A task that completes when the message was handed to the socket.</returns>
    public Task SendJsonAsync<T>(T value, JsonSerializerOptions? serializerOptions = null, CancellationToken cancellationToken = default)
        => SendAsync(JsonSerializer.SerializeToUtf8Bytes(value, serializerOptions), cancellationToken);

    /// <summary>
    /// Starts the close handshake and waits for the server's close (up to <see cref="WebSocketTestClientOptions.CloseTimeout"/>,
    /// then aborts); resumes reading first, so everything the server sends before its close is recorded. Does nothing
    /// when already closed.
    /// </summary>
    /// <param name="status">The close status. Default <see cref="WebSocketCloseStatus.NormalClosure"/>.</param>
    /// <param name="description">The close description. Default <c>test client closing</c>.</param>
    /// <param name="cancellationToken">Cancels sending the close frame.</param>
    /// <returns>A task that completes when the socket is closed or aborted.</returns>
    public async Task CloseAsync(WebSocketCloseStatus status = WebSocketCloseStatus.NormalClosure, string? description = "test client closing", CancellationToken cancellationToken = default)
    {
        ResumeReading();
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await _socket.CloseOutputAsync(status, description, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (WebSocketException)
        {
            _socket.Abort();
        }
        finally
        {
            _sendLock.Release();
        }

        try
        {
            await _receiveLoop.WaitAsync(_options.CloseTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            _socket.Abort();
            await _receiveLoop.ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Drops the connection at once, without a close handshake (<see cref="ClientWebSocket.Abort"/>), as a crashed client
    /// or a lost network does: the server sees the connection end without a close frame. The receive loop then ends
    /// (<see cref="Completion"/>, with <see cref="ReceiveError"/> set) and <see cref="Events"/> completes. Idempotent;
    /// <see cref="DisposeAsync"/> afterwards only releases the socket. Resumes reading first, so a paused receive loop
    /// ends too.
    /// </summary>
    public void Abort()
    {
        ResumeReading();
        _socket.Abort();
    }

    /// <summary>Closes (see <see cref="CloseAsync"/>), aborts if needed and releases the socket. Idempotent.</summary>
    /// <returns>A task that completes when the client is released.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        try
        {
            await CloseAsync().ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            _socket.Abort();
        }

        await _receiveLoop.ConfigureAwait(false);
        _socket.Dispose();
        _invoker?.Dispose();
        _onDisposed?.Invoke(this);
    }

    /// <summary>Connects, for the fixture, which tracks the client until it is disposed.</summary>
    internal static async Task<WebSocketTestClient> ConnectAsync(Uri endpoint, ClientIdentity identity, WebSocketTestClientOptions options, Action<WebSocketTestClient>? onDisposed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(options);
        var socket = new ClientWebSocket();
        try
        {
            options.ConfigureSocket?.Invoke(socket.Options);
            Uri uri = options.IdentityTransport(identity, endpoint, socket.Options);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.ConnectTimeout);
            Socket? tcp = null;
            HttpMessageInvoker? invoker = options.SocketReceiveBufferSize is int size ? SmallReceiveBufferInvoker(size, s => tcp = s) : null;
            try
            {
                if (invoker is null)
                {
                    await socket.ConnectAsync(uri, timeout.Token).ConfigureAwait(false);
                }
                else
                {
                    await socket.ConnectAsync(uri, invoker, timeout.Token).ConfigureAwait(false);
                }
            }
            catch
            {
                invoker?.Dispose();
                throw;
            }

            var client = new WebSocketTestClient(socket, identity, uri, options, onDisposed) { _invoker = invoker };
            if (tcp is not null)
            {
                client.EffectiveSocketReceiveBufferSize = tcp.ReceiveBufferSize;
            }

            client._receiveLoop = Task.Run(client.ReceiveLoopAsync, CancellationToken.None);
            return client;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>
    /// An HTTP invoker whose TCP connection has its receive buffer set to <paramref name="size"/> before it connects
    /// (so the window it advertises is small from the start and never autotuned).
    /// </summary>
    private static HttpMessageInvoker SmallReceiveBufferInvoker(int size, Action<Socket> connected) => new(new SocketsHttpHandler
    {
        ConnectCallback = async (context, cancellationToken) =>
        {
            var tcp = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true, ReceiveBufferSize = size };
            try
            {
                await tcp.ConnectAsync(context.DnsEndPoint, cancellationToken).ConfigureAwait(false);
                connected(tcp);
                return new NetworkStream(tcp, ownsSocket: true);
            }
            catch
            {
                tcp.Dispose();
                throw;
            }
        },
    });

    private Task ReadGate()
    {
        lock (_readGate)
        {
            return _resumed?.Task ?? Task.CompletedTask;
        }
    }

    private async Task SendAsync(byte[] payload, CancellationToken cancellationToken)
    {
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _socket.SendAsync(payload, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private async Task ReceiveLoopAsync()
    {
        byte[] buffer = new byte[Math.Max(256, _options.ReceiveBufferSize)];
        using var message = new MemoryStream();
        try
        {
            while (true)
            {
                await ReadGate().ConfigureAwait(false);
                ValueWebSocketReceiveResult result = await _socket.ReceiveAsync(buffer.AsMemory(), CancellationToken.None).ConfigureAwait(false);
                await ReadGate().ConfigureAwait(false); // Paused during that read: hold what it read until resumed.
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    await AnswerCloseAsync().ConfigureAwait(false);
                    return;
                }

                message.Write(buffer, 0, result.Count);
                if (!result.EndOfMessage)
                {
                    continue;
                }

                Record(message.ToArray(), result.MessageType);
                message.SetLength(0);
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            ReceiveError = exception;
        }
        finally
        {
            _events.Complete();
        }
    }

    private async Task AnswerCloseAsync()
    {
        await _sendLock.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_socket.State == WebSocketState.CloseReceived)
            {
                await _socket.CloseOutputAsync(_socket.CloseStatus ?? WebSocketCloseStatus.NormalClosure, _socket.CloseStatusDescription, CancellationToken.None).ConfigureAwait(false);
            }
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private void Record(byte[] data, WebSocketMessageType type)
    {
        long sequence = ++_sequence;
        DateTimeOffset timestamp = _options.Clock.GetUtcNow();
        long monotonic = Stopwatch.GetTimestamp();
        ObservedEvent? observed = null;
        string? error;
        string text;
        if (type == WebSocketMessageType.Text)
        {
            text = Encoding.UTF8.GetString(data);
            try
            {
                _options.Parser.TryParse(text, sequence, timestamp, out observed, out error);
            }
#pragma warning disable CA1031 // A misbehaving parser must not stop the receive loop; the frame keeps the error.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                observed = null;
                error = $"the parser threw {exception.GetType().Name}: {exception.Message}";
            }
        }
        else
        {
            text = Convert.ToBase64String(data);
            error = "binary message (Text holds base64); not parsed";
        }

        lock (_frames)
        {
            _frames.Add(new ReceivedFrame(sequence, timestamp, monotonic, type, text, observed, error));
        }

        if (observed is not null)
        {
            _events.Append(observed, keepSequence: true);
        }
    }
}
