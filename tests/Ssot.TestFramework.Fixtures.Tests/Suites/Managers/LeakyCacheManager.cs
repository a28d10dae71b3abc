using System.Collections.Concurrent;
using Ssot.TestFramework.Users;

namespace Ssot.TestFramework.Fixtures.Tests.Suites.Managers;

/// <summary>Seeded bug: a static cache registers every manager and Dispose forgets to remove it, so disposed managers stay alive.</summary>
public sealed class LeakyCacheManager : IDisposable
{
    private static readonly ConcurrentDictionary<string, LeakyCacheManager> s_byUser = new(StringComparer.Ordinal);

    private readonly List<string> _buffer = [];

    public LeakyCacheManager(UserContext user)
    {
        User = user;
        s_byUser[user.UserId.Value] = this;
    }

    public UserContext User { get; }

    public void Dispose() => _buffer.Clear(); // forgets s_byUser.TryRemove(...)
}
