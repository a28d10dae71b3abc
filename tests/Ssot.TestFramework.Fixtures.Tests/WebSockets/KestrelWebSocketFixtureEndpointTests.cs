using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using FluentAssertions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Ssot.TestFramework.Fixtures.WebSockets;

namespace Ssot.TestFramework.Fixtures.Tests.WebSockets;

/// <remarks>
/// Configuration that names another endpoint reaches the fixture through <see cref="KestrelWebSocketFixtureOptions.ConfigureConfiguration"/>
/// under the keys the environment-variable provider produces (<c>Kestrel__Endpoints__Http__Url</c> becomes
/// <c>Kestrel:Endpoints:Http:Url</c>, <c>ASPNETCORE_URLS</c> becomes <c>urls</c>): environment variables are process-wide
/// and the tests run in parallel, so none is set here.
/// </remarks>
public sealed class KestrelWebSocketFixtureEndpointTests
{
    private readonly ConcurrentQueue<string> _log = new();

    private KestrelWebSocketFixture Fixture(Dictionary<string, string?> configuration, Action<KestrelWebSocketFixtureOptions>? more = null)
    {
        var options = new KestrelWebSocketFixtureOptions
        {
            MapEndpoints = app => app.MapGet("/health", () => "ok"),
            ConfigureConfiguration = c => c.AddInMemoryCollection(configuration),
            Log = _log.Enqueue,
        };
        more?.Invoke(options);
        return new KestrelWebSocketFixture(options);
    }

    private static ICollection<string> ServerAddresses(KestrelWebSocketFixture fixture) =>
        fixture.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;

    private static async Task AssertServesOnlyLoopback(KestrelWebSocketFixture fixture, string host)
    {
        fixture.HttpBaseAddress.Host.Should().Be(host);
        ServerAddresses(fixture).Should().ContainSingle().Which.Should().StartWith($"http://{host}:");
        using var http = new HttpClient();
        (await http.GetStringAsync(new Uri(fixture.HttpBaseAddress, "health"))).Should().Be("ok");
    }

    [Fact]
    public async Task StartAsync_KestrelEndpointOnAllInterfacesInConfiguration_ListensOnLoopbackAndLogsTheIgnoredSetting()
    {
        await using KestrelWebSocketFixture fixture = Fixture(new() { ["Kestrel:Endpoints:Http:Url"] = "http://0.0.0.0:0" });

        await fixture.StartAsync();

        await AssertServesOnlyLoopback(fixture, "127.0.0.1");
        _log.Should().Equal(
            "KestrelWebSocketFixture: ignoring configuration 'Kestrel:Endpoints:Http:Url' = 'http://0.0.0.0:0' (from environment variable Kestrel__Endpoints__Http__Url or appsettings); it listens only on http://127.0.0.1:0.");
    }

    [Fact]
    public async Task StartAsync_UrlAndPortSettingsInConfiguration_ListensOnLoopbackAndLogsEachIgnoredSetting()
    {
        await using KestrelWebSocketFixture fixture = Fixture(new()
        {
            ["urls"] = "http://0.0.0.0:0",
            ["http_ports"] = "0",
            ["https_ports"] = "0",
        });

        await fixture.StartAsync();

        await AssertServesOnlyLoopback(fixture, "127.0.0.1");
        _log.Should().HaveCount(3).And.SatisfyRespectively(
            l => l.Should().Contain("'urls' = 'http://0.0.0.0:0' (from ASPNETCORE_URLS, URLS, --urls or appsettings)"),
            l => l.Should().Contain("'http_ports' = '0' (from ASPNETCORE_HTTP_PORTS, HTTP_PORTS, --http_ports or appsettings)"),
            l => l.Should().Contain("'https_ports' = '0' (from ASPNETCORE_HTTPS_PORTS, HTTPS_PORTS, --https_ports or appsettings)"));
    }

    [Fact]
    public async Task StartAsync_KestrelSectionWithoutEndpoints_ListensOnLoopbackAndLogsNothing()
    {
        await using KestrelWebSocketFixture fixture = Fixture(new() { ["Kestrel:EndpointDefaults:Protocols"] = "Http1", ["urls"] = "" });

        await fixture.StartAsync();

        await AssertServesOnlyLoopback(fixture, "127.0.0.1");
        _log.Should().BeEmpty();
    }

    [Fact]
    public async Task StartAsync_IPv6Loopback_ListensOnItOnly()
    {
        await using KestrelWebSocketFixture fixture = Fixture(new() { ["Kestrel:Endpoints:Http:Url"] = "http://[::]:0" }, o => o.ListenAddress = IPAddress.IPv6Loopback);

        await fixture.StartAsync();

        await AssertServesOnlyLoopback(fixture, "[::1]");
        fixture.BaseAddress.Should().Be(new Uri($"ws://[::1]:{fixture.HttpBaseAddress.Port}/"));
        _log.Should().ContainSingle().Which.Should().EndWith("it listens only on http://[::1]:0.");
    }

    [Fact]
    public void ListenAddress_NotLoopback_ThrowsNamingTheAddress()
    {
        var options = new KestrelWebSocketFixtureOptions();

        Action set = () => options.ListenAddress = IPAddress.Any;

        set.Should().Throw<ArgumentException>().WithMessage("The fixture listens only on 127.0.0.1 or [::1], not on 0.0.0.0.*");
        options.ListenAddress.Should().Be(IPAddress.Loopback);
    }

    [Fact]
    public async Task StartAsync_PortTaken_MessageNamesTheAddressTriedNotTheConfiguredOne()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        int port = ((IPEndPoint)taken.LocalEndpoint).Port;
        await using KestrelWebSocketFixture fixture = Fixture(new() { ["Kestrel:Endpoints:Http:Url"] = "http://0.0.0.0:5602" }, o => o.Port = port);

        Func<Task> start = () => fixture.StartAsync();

        (await start.Should().ThrowAsync<WebSocketFixtureStartException>())
            .Which.Message.Should().StartWith($"KestrelWebSocketFixture could not start a Kestrel server on http://127.0.0.1:{port}: IOException: Failed to bind to address http://127.0.0.1:{port}")
            .And.NotContain("5602");
        fixture.IsRunning.Should().BeFalse();
        _log.Should().ContainSingle().Which.Should().Contain("'Kestrel:Endpoints:Http:Url' = 'http://0.0.0.0:5602'");
    }
}
