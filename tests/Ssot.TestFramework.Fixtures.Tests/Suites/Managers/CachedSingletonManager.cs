using Ssot.TestFramework.Users;

namespace Ssot.TestFramework.Fixtures.Tests.Suites.Managers;

/// <summary>Seeded bug: the factory returns a cached singleton, whoever asks.</summary>
public sealed class CachedSingletonManager
{
    private static readonly Lazy<CachedSingletonManager> s_instance = new(() => new CachedSingletonManager());

    private CachedSingletonManager()
    {
    }

    public static CachedSingletonManager Instance => s_instance.Value;

    public static CachedSingletonManager Create(UserContext user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return s_instance.Value;
    }
}
