using Ssot.TestFramework.Users;

namespace Ssot.TestFramework.Fixtures.Tests.Suites.Managers;

/// <summary>
/// Correct: the manager's methods read a helper's readonly string, a constant and a static readonly shared logger
/// (allow-listed by the suite, like an ILogger), and a lambda cached by the compiler; none is per-user state.
/// </summary>
public sealed class ImmutableStaticsManager(UserContext user)
{
    private readonly List<string> _lines = [];

    public UserContext User { get; } = user;

    public void Connect(string connectionId)
    {
        _lines.Add(Defaults.Prefix + connectionId + Defaults.Separator);
        Defaults.Log.Log(User.UserId.Value);
        _lines.Sort((a, b) => string.CompareOrdinal(a, b));
    }
}

/// <summary>The helper's immutable statics and its deliberately shared logger.</summary>
public static class Defaults
{
    public const string Separator = ";";

    public static readonly string Prefix = "conn:";

    public static readonly SharedLogger Log = new();
}
