using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace Ssot.TestFramework.Fixtures.WebSockets;

/// <summary>
/// Runs the app under test on a real Kestrel server at <c>http://127.0.0.1:0</c> (a free port, loopback only) with
/// WebSockets enabled, and connects <see cref="WebSocketTestClient"/>s to it as given identities. Use it as an xUnit class
/// or collection fixture (it implements <see cref="IAsyncLifetime"/>) or start and dispose it yourself.
/// </summary>
/// <remarks>
/// Configure it by deriving and overriding <see cref="ConfigureServices"/> and <see cref="MapEndpoints"/>, or by passing
/// <see cref="KestrelWebSocketFixtureOptions"/> delegates (the base methods call them). Logging is quiet by default.
/// Stopping closes every client still open, stops the server within <see cref="KestrelWebSocketFixtureOptions.StopTimeout"/>
/// and disposes it. Thread-safe: any number of tests may connect clients concurrently.
/// <para>
/// It listens on <see cref="KestrelWebSocketFixtureOptions.ListenAddress"/> (127.0.0.1 or [::1]) and a free port, and
/// nowhere else. Configuration that names another endpoint (a <c>Kestrel:Endpoints</c> section, e.g.
/// the environment variable <c>Kestrel__Endpoints__Http__Url</c>; <c>urls</c> from <c>ASPNETCORE_URLS</c>, <c>URLS</c>
/// or <c>--urls</c>; <c>http_ports</c> / <c>https_ports</c> from <c>ASPNETCORE_HTTP_PORTS</c>, <c>HTTP_PORTS</c>…) is
/// ignored, and each ignored setting is written as one line to <see cref="KestrelWebSocketFixtureOptions.Log"/>. The
/// rest of the <c>Kestrel</c> section (e.g. endpoint defaults) still applies.
/// </para>
/// </remarks>
public class KestrelWebSocketFixture : IAsyncLifetime, IAsyncDisposable
{
    private const string EndpointsKey = "Endpoints";
    private static readonly string[] s_urlSettings = [WebHostDefaults.ServerUrlsKey, WebHostDefaults.HttpPortsKey, WebHostDefaults.HttpsPortsKey];
    private readonly object _gate = new();
    private readonly List<WebSocketTestClient> _clients = [];
    private readonly SemaphoreSlim _lifecycle = new(1, 1);
    private WebApplication? _app;
    private Uri? _httpBaseAddress;
    private int _effectiveSendBufferSize; // 0: not set or not read back yet
    private bool _stopped;

    /// <summary>Creates a fixture with default options (for derived fixtures that override the virtual methods).</summary>
    public KestrelWebSocketFixture()
        : this(new KestrelWebSocketFixtureOptions())
    {
    }

    /// <summary>Creates a fixture configured by <paramref name="options"/>.</summary>
    /// <param name="options">The options.</param>
    public KestrelWebSocketFixture(KestrelWebSocketFixtureOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
    }

    /// <summary>Gets the options.</summary>
    public KestrelWebSocketFixtureOptions Options { get; }

    /// <summary>Gets a value indicating whether the server is running.</summary>
    public bool IsRunning => _app is not null && !_stopped;

    /// <summary>Gets the address the server listens on, before the port is chosen: <c>http://127.0.0.1:0</c> by default.</summary>
    public string ListenUrl => $"http://{new IPEndPoint(Options.ListenAddress, Options.Port)}";

    /// <summary>Gets the bound <c>http://127.0.0.1:port/</c> address.</summary>
    /// <exception cref="InvalidOperationException">The fixture is not started.</exception>
    public Uri HttpBaseAddress => _httpBaseAddress ?? throw NotStarted();

    /// <summary>Gets the bound <c>ws://127.0.0.1:port/</c> address.</summary>
    /// <exception cref="InvalidOperationException">The fixture is not started.</exception>
    public Uri BaseAddress => new UriBuilder(HttpBaseAddress) { Scheme = "ws" }.Uri;

    /// <summary>Gets the app's services.</summary>
    /// <exception cref="InvalidOperationException">The fixture is not started.</exception>
    public IServiceProvider Services => (_app ?? throw NotStarted()).Services;

    /// <summary>
    /// Gets the send buffer the kernel actually gives the listen socket, read back after
    /// <see cref="KestrelWebSocketFixtureOptions.SendBufferSize"/> was applied (Linux reports twice the requested size,
    /// its bookkeeping included; accepted connections inherit it), or <see langword="null"/> when that option is not set
    /// or the fixture is not started.
    /// </summary>
    public int? EffectiveSendBufferSize => Volatile.Read(ref _effectiveSendBufferSize) is int size and > 0 ? size : null;

    /// <summary>
    /// Gets the most bytes the server side holds for one client that does not read, or <see langword="null"/> when
    /// unknown (no <see cref="KestrelWebSocketFixtureOptions.SendBufferSize"/>, or not started):
    /// <see cref="EffectiveSendBufferSize"/> plus Kestrel's response buffer and the transport's write buffer (each capped
    /// at <see cref="KestrelWebSocketFixtureOptions.SendBufferSize"/>).
    /// </summary>
    public long? SendCapacity => EffectiveSendBufferSize is int kernel && Options.SendBufferSize is int cap ? (long)kernel + (2L * cap) : null;

    /// <summary>Gets the clients connected through the fixture and not yet disposed.</summary>
    public IReadOnlyList<WebSocketTestClient> Clients
    {
        get
        {
            lock (_gate)
            {
                return _clients.ToArray();
            }
        }
    }

    /// <summary>Builds and starts the server. Idempotent while running.</summary>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>A task that completes when the server listens.</returns>
    /// <exception cref="WebSocketFixtureStartException">The server could not start; the cause is the inner exception.</exception>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        await _lifecycle.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_stopped)
            {
                throw new InvalidOperationException($"{GetType().Name} was stopped; create a new fixture.");
            }

            if (_app is not null)
            {
                return;
            }

            WebApplication? app = null;
            try
            {
                WebApplicationBuilder builder = WebApplication.CreateBuilder(new WebApplicationOptions
                {
                    ContentRootPath = AppContext.BaseDirectory,
                    Args = ["--hostBuilder:reloadConfigOnChange=false"],
                });
                Options.ConfigureConfiguration?.Invoke(builder.Configuration);
                ListenOnLoopbackOnly(builder);
                builder.Logging.ClearProviders();
                Options.ConfigureLogging?.Invoke(builder.Logging);
                ConfigureServices(builder.Services);
                app = builder.Build();
                app.UseWebSockets();
                MapEndpoints(app);
                await app.StartAsync(cancellationToken).ConfigureAwait(false);
                _httpBaseAddress = BoundAddress(app);
                _app = app;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                if (app is not null)
                {
                    await app.DisposeAsync().ConfigureAwait(false);
                }

                throw new WebSocketFixtureStartException(
                    $"{GetType().Name} could not start a Kestrel server on {ListenUrl}: {exception.GetType().Name}: {exception.Message}", exception);
            }
        }
        finally
        {
            _lifecycle.Release();
        }
    }

    /// <summary>Connects a client as <paramref name="identity"/> to <paramref name="path"/>.</summary>
    /// <param name="identity">Who to connect as; passed by <see cref="WebSocketTestClientOptions.IdentityTransport"/>.</param>
    /// <param name="path">The endpoint path; default <see cref="KestrelWebSocketFixtureOptions.DefaultPath"/>.</param>
    /// <param name="cancellationToken">Cancels the connect.</param>
    /// <returns>The connected client, tracked until disposed or the fixture stops.</returns>
    public async Task<WebSocketTestClient> ConnectAsync(ClientIdentity identity, string? path = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(identity);
        var endpoint = new Uri(BaseAddress, (path ?? Options.DefaultPath).TrimStart('/'));
        WebSocketTestClient client = await WebSocketTestClient.ConnectAsync(endpoint, identity, Options.Client, Forget, cancellationToken).ConfigureAwait(false);
        lock (_gate)
        {
            _clients.Add(client);
        }

        return client;
    }

    /// <summary>Closes every open client, stops the server (aborting after the stop timeout) and disposes it. Idempotent.</summary>
    /// <returns>A task that completes when the server is gone.</returns>
    public async Task StopAsync()
    {
        await _lifecycle.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_stopped)
            {
                return;
            }

            _stopped = true;
            await Task.WhenAll(Clients.Select(c => c.DisposeAsync().AsTask())).ConfigureAwait(false);
            if (_app is null)
            {
                return;
            }

            using (var timeout = new CancellationTokenSource(Options.StopTimeout))
            {
                try
                {
                    await _app.StopAsync(timeout.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    // The stop timeout passed: Kestrel aborted the remaining connections.
                }
            }

            await _app.DisposeAsync().ConfigureAwait(false);
        }
        finally
        {
            _lifecycle.Release();
        }
    }

    /// <summary>Same as <see cref="StopAsync"/>.</summary>
    /// <returns>A task that completes when the server is gone.</returns>
    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        GC.SuppressFinalize(this);
    }

    /// <inheritdoc />
    Task IAsyncLifetime.InitializeAsync() => StartAsync();

    /// <inheritdoc />
    Task IAsyncLifetime.DisposeAsync() => StopAsync();

    /// <summary>Registers the services of the app under test. The base calls <see cref="KestrelWebSocketFixtureOptions.ConfigureServices"/>.</summary>
    /// <param name="services">The app's services.</param>
    protected virtual void ConfigureServices(IServiceCollection services) => Options.ConfigureServices?.Invoke(services);

    /// <summary>Maps the endpoints under test (WebSockets are already enabled). The base calls <see cref="KestrelWebSocketFixtureOptions.MapEndpoints"/>.</summary>
    /// <param name="app">The app.</param>
    protected virtual void MapEndpoints(WebApplication app) => Options.MapEndpoints?.Invoke(app);

    private static bool IsLoopback(Uri address) =>
        IPAddress.TryParse(address.Host.Trim('[', ']'), out IPAddress? ip) && IPAddress.IsLoopback(ip);

    private Uri BoundAddress(WebApplication app)
    {
        if (app.Urls.Count == 0)
        {
            throw new InvalidOperationException("Kestrel reported no bound address after start.");
        }

        var bound = app.Urls.Select(u => new Uri(u.EndsWith('/') ? u : u + "/")).ToList();
        var elsewhere = bound.Where(u => !IsLoopback(u)).ToList();
        if (elsewhere.Count > 0 || bound.Count > 1)
        {
            throw new InvalidOperationException($"Kestrel listens on {string.Join(", ", bound)}; expected only {ListenUrl} (a loopback address).");
        }

        return bound[0];
    }

    /// <summary>
    /// Makes Kestrel listen on <see cref="ListenUrl"/> and nowhere else, whatever the configuration says: the endpoints of
    /// the <c>Kestrel</c> section are dropped and the URL settings emptied, each ignored setting logged as one line.
    /// </summary>
    private void ListenOnLoopbackOnly(WebApplicationBuilder builder)
    {
        IConfigurationSection kestrel = builder.Configuration.GetSection("Kestrel");
        foreach ((string key, string? value) in kestrel.GetSection(EndpointsKey).AsEnumerable().Where(p => !string.IsNullOrEmpty(p.Value)).OrderBy(p => p.Key, StringComparer.OrdinalIgnoreCase))
        {
            Ignored(key, value!, $"environment variable {key.Replace(":", "__", StringComparison.Ordinal)} or appsettings");
        }

        foreach (string setting in s_urlSettings)
        {
            string? value = builder.Configuration[setting];
            if (!string.IsNullOrWhiteSpace(value))
            {
                Ignored(setting, value, $"ASPNETCORE_{setting.ToUpperInvariant()}, {setting.ToUpperInvariant()}, --{setting} or appsettings");
            }

            builder.WebHost.UseSetting(setting, string.Empty);
        }

        // Everything of the Kestrel section except its endpoints (e.g. endpoint defaults) still applies.
        IConfiguration kept = new ConfigurationBuilder()
            .AddInMemoryCollection(kestrel.AsEnumerable(makePathsRelative: true)
                .Where(p => p.Value is not null && !IsEndpointKey(p.Key)))
            .Build();
        builder.WebHost.PreferHostingUrls(false);
        builder.WebHost.ConfigureKestrel(kestrelOptions =>
        {
            kestrelOptions.Configure(kept, reloadOnChange: false);
            kestrelOptions.Listen(Options.ListenAddress, Options.Port);
            if (Options.SendBufferSize is int cap)
            {
                kestrelOptions.Limits.MaxResponseBufferSize = cap;
            }
        });
        if (Options.SendBufferSize is int size)
        {
            CapSendBuffers(builder, size);
        }
    }

    /// <summary>Caps the transport's write buffer and the listen socket's <c>SO_SNDBUF</c>, and reads back what the kernel made of it.</summary>
    private void CapSendBuffers(WebApplicationBuilder builder, int size) => builder.WebHost.UseSockets(transport =>
    {
        transport.MaxWriteBufferSize = size;
        transport.CreateBoundListenSocket = endpoint =>
        {
            System.Net.Sockets.Socket socket = SocketTransportOptions.CreateDefaultBoundListenSocket(endpoint);
            socket.SendBufferSize = size;
            Volatile.Write(ref _effectiveSendBufferSize, socket.SendBufferSize);
            return socket;
        };
    });

    private static bool IsEndpointKey(string relativeKey) =>
        relativeKey.Equals(EndpointsKey, StringComparison.OrdinalIgnoreCase)
        || relativeKey.StartsWith(EndpointsKey + ":", StringComparison.OrdinalIgnoreCase);

    private void Ignored(string key, string value, string source) =>
        (Options.Log ?? Console.Error.WriteLine)(
            $"{GetType().Name}: ignoring configuration '{key}' = '{value}' (from {source}); it listens only on {ListenUrl}.");

    private void Forget(WebSocketTestClient client)
    {
        lock (_gate)
        {
            _clients.Remove(client);
        }
    }

    private InvalidOperationException NotStarted() => new($"{GetType().Name} is not started: await StartAsync() first (xUnit does so for class and collection fixtures).");
}
