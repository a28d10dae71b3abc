using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Ssot.TestFramework.Fixtures.WebSockets;

/// <summary>
/// Options for <see cref="KestrelWebSocketFixture"/>, for teams that configure the fixture with delegates instead of
/// (or as well as) overriding its virtual methods. Not thread-safe while being set; read when the fixture starts.
/// </summary>
public sealed class KestrelWebSocketFixtureOptions
{
    private IPAddress _listenAddress = IPAddress.Loopback;
    private int? _sendBufferSize;

    /// <summary>Gets or sets the service registrations of the app under test. Default none.</summary>
    public Action<IServiceCollection>? ConfigureServices { get; set; }

    /// <summary>Gets or sets the endpoint mappings (called after <c>UseWebSockets</c>). Default none.</summary>
    public Action<WebApplication>? MapEndpoints { get; set; }

    /// <summary>
    /// Gets or sets the logging set-up. Default <see langword="null"/>: all providers are removed, so the server is quiet.
    /// </summary>
    public Action<ILoggingBuilder>? ConfigureLogging { get; set; }

    /// <summary>
    /// Gets or sets extra configuration of the app under test, applied after the defaults (appsettings, environment
    /// variables, command line), e.g. <c>configuration.AddInMemoryCollection(...)</c>. Default none. Endpoint and URL
    /// settings are ignored here too: the fixture always listens on the loopback address.
    /// </summary>
    public Action<IConfigurationManager>? ConfigureConfiguration { get; set; }

    /// <summary>
    /// Gets or sets where the fixture writes its own notes, one line each (e.g. a configured endpoint it ignores).
    /// Default <see langword="null"/>: standard error.
    /// </summary>
    public Action<string>? Log { get; set; }

    /// <summary>
    /// Gets or sets the loopback address to listen on: <see cref="IPAddress.Loopback"/> (<c>127.0.0.1</c>, the default)
    /// or <see cref="IPAddress.IPv6Loopback"/> (<c>[::1]</c>).
    /// </summary>
    /// <exception cref="ArgumentException">The address is not a loopback address.</exception>
    public IPAddress ListenAddress
    {
        get => _listenAddress;
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            if (!value.Equals(IPAddress.Loopback) && !value.Equals(IPAddress.IPv6Loopback))
            {
                throw new ArgumentException($"The fixture listens only on 127.0.0.1 or [::1], not on {value}.", nameof(value));
            }

            _listenAddress = value;
        }
    }

    /// <summary>Gets or sets the port; always 0 (a free port) except in the kit's own tests of a failing start.</summary>
    internal int Port { get; set; }

    /// <summary>Gets or sets the path <see cref="KestrelWebSocketFixture.ConnectAsync"/> uses when none is given. Default <c>/ws</c>.</summary>
    public string DefaultPath { get; set; } = "/ws";

    /// <summary>Gets or sets how long the server may take to stop before connections are aborted. Default 5 seconds.</summary>
    public TimeSpan StopTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Gets or sets a cap, in bytes, on each of the server's three send buffers: the listen socket's <c>SO_SNDBUF</c>
    /// (which accepted connections inherit), Kestrel's <c>Limits.MaxResponseBufferSize</c> and the socket transport's
    /// <c>MaxWriteBufferSize</c>; or <see langword="null"/> (the default) to leave Kestrel's and the OS's defaults
    /// (autotuned, megabytes). Setting it makes the bytes the server holds for a client that does not read known
    /// (<see cref="KestrelWebSocketFixture.SendCapacity"/>), which the event-ordering suite's slow-consumer check needs;
    /// e.g. 4096.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is zero or negative.</exception>
    public int? SendBufferSize
    {
        get => _sendBufferSize;
        set
        {
            if (value is <= 0)
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, $"SendBufferSize must be a positive number of bytes (e.g. 4096), or null for Kestrel's and the OS's defaults; got {value}.");
            }

            _sendBufferSize = value;
        }
    }

    /// <summary>Gets or sets the options of the clients the fixture connects (identity transport, parser, clock…).</summary>
    public WebSocketTestClientOptions Client { get; set; } = new();
}
