using Microsoft.AspNetCore.Http;

namespace Ssot.TestFramework.Fixtures.WebSockets;

/// <summary>
/// Server-side helper for test endpoints: reads the identity the built-in <see cref="IdentityTransports"/> send,
/// query string first, then headers. Thread-safe.
/// </summary>
public static class ClientIdentityReader
{
    /// <summary>Reads the user id and connection id of a request.</summary>
    /// <param name="context">The request's context.</param>
    /// <returns>The identity (without extras), or <see langword="null"/> when the request names no user.</returns>
    public static ClientIdentity? Read(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        string? Get(string parameter, string header)
        {
            string? value = context.Request.Query[parameter];
            return string.IsNullOrEmpty(value) ? (string?)context.Request.Headers[header] : value;
        }

        string? userId = Get(IdentityTransports.UserIdParameter, IdentityTransports.UserIdHeader);
        if (string.IsNullOrEmpty(userId))
        {
            return null;
        }

        string? connectionId = Get(IdentityTransports.ConnectionIdParameter, IdentityTransports.ConnectionIdHeader);
        return new ClientIdentity(userId, string.IsNullOrEmpty(connectionId) ? null : connectionId);
    }
}
