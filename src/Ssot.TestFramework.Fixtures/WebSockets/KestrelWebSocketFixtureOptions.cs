using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Ssot.TestFramework.Fixtures.WebSockets;

/// <summary>
/// Options for <see cref="KestrelWebSocketFixture"/>, for teams that configure the fixture with delegates instead of
/// (or as well as) overriding its virtual methods. Not thread-safe while being set; read when the fixture starts.
/// </summary>
public sealed class KestrelWebSocketFixtureOptions
{
    /// <summary>Gets or sets the service registrations of the app under test. Default none.</summary>
    public Action<IServiceCollection>? ConfigureServices { get; set; }

    /// <summary>Gets or sets the endpoint mappings (called after <c>UseWebSockets</c>). Default none.</summary>
    public Action<WebApplication>? MapEndpoints { get; set; }

    /// <summary>
    /// Gets or sets the logging set-up. Default <see langword="null"/>: all providers are removed, so the server is quiet.
    /// </summary>
    public Action<ILoggingBuilder>? ConfigureLogging { get; set; }

    /// <summary>Gets or sets the path <see cref="KestrelWebSocketFixture.ConnectAsync"/> uses when none is given. Default <c>/ws</c>.</summary>
    public string DefaultPath { get; set; } = "/ws";

    /// <summary>Gets or sets how long the server may take to stop before connections are aborted. Default 5 seconds.</summary>
    public TimeSpan StopTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Gets or sets the options of the clients the fixture connects (identity transport, parser, clock…).</summary>
    public WebSocketTestClientOptions Client { get; set; } = new();
}
