using Ssot.TestFramework.Users;

namespace Ssot.TestFramework.Fixtures.Tests.Suites.Managers;

/// <summary>
/// Seeded bug: a memory regression of the correct manager. Each user's manager keeps a 64 KiB buffer (a few hundred
/// times the correct manager's cost), still well under the suite's absolute bound of 256 KiB.
/// </summary>
public sealed class Retains64KiBManager(UserContext user)
{
    private readonly byte[] _scratch = new byte[64 * 1024];

    public UserContext User { get; } = user;

    public int Capacity => _scratch.Length;
}
