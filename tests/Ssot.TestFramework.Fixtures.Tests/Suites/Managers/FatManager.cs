using Ssot.TestFramework.Users;

namespace Ssot.TestFramework.Fixtures.Tests.Suites.Managers;

/// <summary>Seeded bug: each user's manager keeps a 1 MB buffer alive.</summary>
public sealed class FatManager(UserContext user)
{
    private readonly byte[] _buffer = new byte[1_000_000];

    public UserContext User { get; } = user;

    public int Size => _buffer.Length;
}
