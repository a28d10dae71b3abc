using Ssot.TestFramework.Fixtures.Suites;
using Ssot.TestFramework.Tests.Fixtures.Suites.Managers;
using Ssot.TestFramework.Tests.Support;
using Ssot.TestFramework.Users;

#pragma warning disable xUnit1000 // Internal on purpose: these suites must fail, so xUnit must not run them; the tests drive them by hand.

namespace Ssot.TestFramework.Tests.Fixtures.Suites;

internal sealed class CorrectSuite(int run) : FactoryComplianceSuite<ChatManager>(new RecordingOutput(), SuiteIdentity.For("Correct", run))
{
    private readonly SharedLogger _logger = new();

    protected override ChatManager Create(UserContext user) => ChatManager.Create(user, _logger);

    protected override IsolationOptions Isolation => new() { AllowedSharedTypes = [typeof(SharedLogger)] };
}

internal sealed class StaticConnectionsSuite() : FactoryComplianceSuite<StaticConnectionsManager>(new RecordingOutput(), SuiteIdentity.For("StaticConnections"))
{
    protected override StaticConnectionsManager Create(UserContext user) => new(user);
}

internal sealed class CachedSingletonSuite() : FactoryComplianceSuite<CachedSingletonManager>(new RecordingOutput(), SuiteIdentity.For("CachedSingleton"))
{
    protected override CachedSingletonManager Create(UserContext user) => CachedSingletonManager.Create(user);
}

internal sealed class SharedInnerListSuite() : FactoryComplianceSuite<SharedInnerListManager>(new RecordingOutput(), SuiteIdentity.For("SharedInnerList"))
{
    private readonly SharedInnerListManagerFactory _factory = new();

    protected override SharedInnerListManager Create(UserContext user) => _factory.Create(user);
}

internal sealed class StaticEventSuite() : FactoryComplianceSuite<StaticEventManager>(new RecordingOutput(), SuiteIdentity.For("StaticEvent"))
{
    protected override StaticEventManager Create(UserContext user) => new(user);
}

internal sealed class LeakyCacheSuite() : FactoryComplianceSuite<LeakyCacheManager>(new RecordingOutput(), SuiteIdentity.For("LeakyCache"))
{
    protected override LeakyCacheManager Create(UserContext user) => new(user);
}

internal sealed class FatSuite() : FactoryComplianceSuite<FatManager>(new RecordingOutput(), SuiteIdentity.For("Fat"))
{
    protected override int MemoryUsers => 50;

    protected override FatManager Create(UserContext user) => new(user);
}

internal static class SuiteIdentity
{
    public static SsotTestIdentity For(string suite, int run = 0) => new($"Kit.Suites.{suite}", "Check", $"Kit.Suites.{suite}.Check(run: {run})");
}
