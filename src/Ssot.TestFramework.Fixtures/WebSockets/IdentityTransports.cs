using System.Net.WebSockets;
using System.Text;

namespace Ssot.TestFramework.Fixtures.WebSockets;

/// <summary>
/// Built-in <see cref="IdentityTransport"/>s. Names: query parameters <c>user_id</c>, <c>connection_id</c> and each
/// <see cref="ClientIdentity.Extra"/> key as given; headers <c>X-User-Id</c>, <c>X-Connection-Id</c> and each extra key
/// as given. Thread-safe.
/// </summary>
public static class IdentityTransports
{
    /// <summary>The query parameter carrying the user id: <c>user_id</c>.</summary>
    public const string UserIdParameter = "user_id";

    /// <summary>The query parameter carrying the connection id: <c>connection_id</c>.</summary>
    public const string ConnectionIdParameter = "connection_id";

    /// <summary>The header carrying the user id: <c>X-User-Id</c>.</summary>
    public const string UserIdHeader = "X-User-Id";

    /// <summary>The header carrying the connection id: <c>X-Connection-Id</c>.</summary>
    public const string ConnectionIdHeader = "X-Connection-Id";

    /// <summary>Gets a transport that adds <c>?user_id=…&amp;connection_id=…</c> (and extras) to the URI.</summary>
    public static IdentityTransport QueryString { get; } = (identity, endpoint, _) => AddQuery(identity, endpoint);

    /// <summary>Gets a transport that sets <c>X-User-Id</c>, <c>X-Connection-Id</c> (and extras) headers.</summary>
    public static IdentityTransport Headers { get; } = (identity, endpoint, options) =>
    {
        SetHeaders(identity, options);
        return endpoint;
    };

    /// <summary>Gets the default transport: both the query string and the headers.</summary>
    public static IdentityTransport QueryStringAndHeaders { get; } = (identity, endpoint, options) =>
    {
        SetHeaders(identity, options);
        return AddQuery(identity, endpoint);
    };

    private static Uri AddQuery(ClientIdentity identity, Uri endpoint)
    {
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(endpoint);
        var query = new StringBuilder(endpoint.Query.TrimStart('?'));
        void Add(string name, string value)
        {
            if (query.Length > 0)
            {
                query.Append('&');
            }

            query.Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
        }

        Add(UserIdParameter, identity.UserId);
        if (identity.ConnectionId is not null)
        {
            Add(ConnectionIdParameter, identity.ConnectionId);
        }

        foreach (KeyValuePair<string, string> extra in identity.Extra)
        {
            Add(extra.Key, extra.Value);
        }

        return new UriBuilder(endpoint) { Query = query.ToString() }.Uri;
    }

    private static void SetHeaders(ClientIdentity identity, ClientWebSocketOptions options)
    {
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(options);
        options.SetRequestHeader(UserIdHeader, identity.UserId);
        if (identity.ConnectionId is not null)
        {
            options.SetRequestHeader(ConnectionIdHeader, identity.ConnectionId);
        }

        foreach (KeyValuePair<string, string> extra in identity.Extra)
        {
            options.SetRequestHeader(extra.Key, extra.Value);
        }
    }
}
