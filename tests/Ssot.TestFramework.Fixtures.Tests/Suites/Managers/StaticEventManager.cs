using Ssot.TestFramework.Users;

namespace Ssot.TestFramework.Fixtures.Tests.Suites.Managers;

/// <summary>Seeded bug: a static event shared by all instances, so every user's handler hears every user's messages.</summary>
public sealed class StaticEventManager(UserContext user)
{
    public static event EventHandler<string>? MessageReceived;

    public UserContext User { get; } = user;

    public void Receive(string message) => MessageReceived?.Invoke(this, message);
}
