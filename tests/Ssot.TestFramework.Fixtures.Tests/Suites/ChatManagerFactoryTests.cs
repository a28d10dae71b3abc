using Ssot.TestFramework.Fixtures.Suites;
using Ssot.TestFramework.Fixtures.Tests.Suites.Managers;
using Ssot.TestFramework.Isolation;
using Ssot.TestFramework.Users;

namespace Ssot.TestFramework.Fixtures.Tests.Suites;

/// <summary>What a team writes: inherit the suite, name the canonical creation path and the shared services.</summary>
public sealed class ChatManagerFactoryTests(ITestOutputHelper output) : FactoryComplianceSuite<ChatManager>(output)
{
    private readonly SharedLogger _logger = new();

    protected override ChatManager Create(UserContext user) => ChatManager.Create(user, _logger);

    protected override IsolationOptions Isolation => new() { AllowedSharedTypes = [typeof(SharedLogger)] };
}
