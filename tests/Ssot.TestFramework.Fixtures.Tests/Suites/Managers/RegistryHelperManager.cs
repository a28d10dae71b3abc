using Ssot.TestFramework.Users;

namespace Ssot.TestFramework.Fixtures.Tests.Suites.Managers;

/// <summary>
/// Seeded bug: the manager has no static field of its own, but its async attach (through a local function) adds
/// <c>this</c> to a static dictionary of a helper class, so every user's manager lands in one shared registry.
/// </summary>
public sealed class RegistryHelperManager(UserContext user)
{
    public UserContext User { get; } = user;

    public async Task AttachAsync(string connectionId)
    {
        await Task.Yield();
        Register();

        void Register() => ConnectionRegistry.Add(connectionId, this);
    }
}

/// <summary>The helper that holds the shared state (outside the manager's field graph).</summary>
public static class ConnectionRegistry
{
    private static readonly Dictionary<string, object> s_all = new(StringComparer.Ordinal);

    public static void Add(string connectionId, object owner)
    {
        lock (s_all)
        {
            s_all[connectionId] = owner;
        }
    }
}
