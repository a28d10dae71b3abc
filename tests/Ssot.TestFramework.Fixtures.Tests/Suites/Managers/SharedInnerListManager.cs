using Ssot.TestFramework.Users;

namespace Ssot.TestFramework.Fixtures.Tests.Suites.Managers;

/// <summary>Seeded bug: a new manager per user, but the factory hands every one the same inner mutable list.</summary>
public sealed class SharedInnerListManager(UserContext user, List<string> history)
{
    private readonly List<string> _history = history;

    public UserContext User { get; } = user;

    public void Record(string line) => _history.Add(line);
}

/// <summary>The factory that holds the one list.</summary>
public sealed class SharedInnerListManagerFactory
{
    private readonly List<string> _history = [];

    public SharedInnerListManager Create(UserContext user) => new(user, _history);
}
