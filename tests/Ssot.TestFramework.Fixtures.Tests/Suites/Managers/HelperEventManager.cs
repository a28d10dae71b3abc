using Ssot.TestFramework.Users;

namespace Ssot.TestFramework.Fixtures.Tests.Suites.Managers;

/// <summary>
/// Seeded bug: inside a method, the manager subscribes to a static event of a helper class, so every user's manager
/// hears every user's messages (and stays alive as long as the helper).
/// </summary>
public sealed class HelperEventManager(UserContext user)
{
    private readonly List<string> _heard = [];

    public UserContext User { get; } = user;

    public void Listen() => Broadcaster.MessagePosted += OnPosted;

    private void OnPosted(object? sender, string message) => _heard.Add(message);
}

/// <summary>The helper whose static event every manager subscribes to.</summary>
public static class Broadcaster
{
    public static event EventHandler<string>? MessagePosted;

    public static void Post(string message) => MessagePosted?.Invoke(null, message);
}
