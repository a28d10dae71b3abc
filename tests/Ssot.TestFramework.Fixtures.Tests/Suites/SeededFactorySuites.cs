using Ssot.TestFramework.Fixtures.Suites;
using Ssot.TestFramework.Fixtures.Tests.Suites.Managers;
using Ssot.TestFramework.Isolation;
using Ssot.TestFramework.Testing;
using Ssot.TestFramework.Users;

#pragma warning disable xUnit1000 // Internal on purpose: these suites must fail, so xUnit must not run them; the tests drive them by hand.

namespace Ssot.TestFramework.Fixtures.Tests.Suites;

internal sealed class CorrectSuite(int run) : FactoryComplianceSuite<ChatManager>(new RecordingOutput(), SuiteIdentity.For("Correct", run))
{
    private readonly SharedLogger _logger = new();

    protected override ChatManager Create(UserContext user) => ChatManager.Create(user, _logger);

    protected override IsolationOptions Isolation => new() { AllowedSharedTypes = [typeof(SharedLogger)] };

    // The metrics baseline is proven by MemoryBaselineSuite; twenty runs must not write twenty entries into the project.
    protected override double? MemoryBaselineFactor => null;
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

internal sealed class RegistryHelperSuite() : FactoryComplianceSuite<RegistryHelperManager>(new RecordingOutput(), SuiteIdentity.For("RegistryHelper"))
{
    protected override RegistryHelperManager Create(UserContext user) => new(user);
}

internal sealed class HelperEventSuite() : FactoryComplianceSuite<HelperEventManager>(new RecordingOutput(), SuiteIdentity.For("HelperEvent"))
{
    protected override HelperEventManager Create(UserContext user) => new(user);
}

internal sealed class ImmutableStaticsSuite(bool allowLogger) : FactoryComplianceSuite<ImmutableStaticsManager>(new RecordingOutput(), SuiteIdentity.For("ImmutableStatics"))
{
    protected override ImmutableStaticsManager Create(UserContext user) => new(user);

    protected override IsolationOptions Isolation => allowLogger ? new() { AllowedSharedTypes = [typeof(SharedLogger)] } : IsolationOptions.Default;
}

/// <summary>
/// One test ("Kit.Suites.MemoryBaseline.Check") run against a baseline file of its own, as a developer machine, as CI
/// or with SSOT_UPDATE_BASELINE=1, all through the suite's environment overlay: the same test before and after a change.
/// </summary>
internal abstract class MemoryBaselineSuite<TManager> : FactoryComplianceSuite<TManager>
    where TManager : class
{
    private readonly string _baselinePath;

    protected MemoryBaselineSuite(string baselinePath, BaselineRun run)
        : base(new RecordingOutput(), SuiteIdentity.For("MemoryBaseline"))
    {
        _baselinePath = baselinePath;
        Env.Set("SSOT_CI", run == BaselineRun.Ci ? "1" : "0");
        Env.Set("SSOT_UPDATE_BASELINE", run == BaselineRun.Update ? "1" : "0");
    }

    public IReadOnlyList<string> Lines => ((RecordingOutput)Output.Helper).Lines;

    protected override int MemoryUsers => 100;

    protected override string MetricBaselinePath => _baselinePath;
}

internal enum BaselineRun
{
    Developer,
    Ci,
    Update,
}

internal sealed class LeanMemorySuite(string baselinePath, BaselineRun run) : MemoryBaselineSuite<ChatManager>(baselinePath, run)
{
    private readonly SharedLogger _logger = new();

    protected override ChatManager Create(UserContext user) => ChatManager.Create(user, _logger);
}

internal sealed class Retains64KiBSuite(string baselinePath, BaselineRun run) : MemoryBaselineSuite<Retains64KiBManager>(baselinePath, run)
{
    protected override Retains64KiBManager Create(UserContext user) => new(user);
}

internal static class SuiteIdentity
{
    public static SsotTestIdentity For(string suite, int run = 0) => new($"Kit.Suites.{suite}", "Check", $"Kit.Suites.{suite}.Check(run: {run})");
}
