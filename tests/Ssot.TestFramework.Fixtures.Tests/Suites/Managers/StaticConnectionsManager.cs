using Ssot.TestFramework.Users;

namespace Ssot.TestFramework.Fixtures.Tests.Suites.Managers;

/// <summary>Seeded bug: a static dictionary of connections shared by all users.</summary>
public sealed class StaticConnectionsManager(UserContext user)
{
    private static readonly Dictionary<string, string> s_connections = new(StringComparer.Ordinal);

    public UserContext User { get; } = user;

    public void Connect(string connectionId)
    {
        lock (s_connections)
        {
            s_connections[connectionId] = User.UserId.Value;
        }
    }
}
