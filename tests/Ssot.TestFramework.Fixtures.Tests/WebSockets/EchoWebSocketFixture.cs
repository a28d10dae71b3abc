using Microsoft.AspNetCore.Builder;
using Ssot.TestFramework.Fixtures.WebSockets;

namespace Ssot.TestFramework.Fixtures.Tests.WebSockets;

/// <summary>A derived fixture, as a team would write one: it overrides <see cref="MapEndpoints"/>.</summary>
public sealed class EchoWebSocketFixture : KestrelWebSocketFixture
{
    protected override void MapEndpoints(WebApplication app)
    {
        app.Map("/ws", TestEndpoints.EchoAsync);
        app.Map("/raw", TestEndpoints.RawAsync);
        app.Map("/server-close", TestEndpoints.ServerCloseAsync);
        app.MapGet("/health", () => "ok");
    }
}
