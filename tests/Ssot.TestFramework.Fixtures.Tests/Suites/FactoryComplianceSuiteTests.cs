using FluentAssertions;
using Ssot.TestFramework.Fixtures.Suites;

namespace Ssot.TestFramework.Fixtures.Tests.Suites;

public sealed class FactoryComplianceSuiteTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ssot-metric-baseline-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static async Task<string> FailureOf<TSuite>(TSuite suite, Func<TSuite, Task> check)
        where TSuite : SsotBaseTestCase
    {
        try
        {
            Func<Task> run = () => check(suite);
            return (await run.Should().ThrowAsync<SuiteCheckException>()).Which.Message;
        }
        finally
        {
            await ((IAsyncLifetime)suite).DisposeAsync();
        }
    }

    [Fact]
    public async Task StaticMutableState_StaticConnectionsDictionary_IsReportedWithTypeAndField()
    {
        string message = await FailureOf(new StaticConnectionsSuite(), s => { s.ManagerTypes_HaveNoStaticMutableState(); return Task.CompletedTask; });

        message.Should().Contain("StaticConnectionsManager.s_connections").And.Contain("Dictionary").And.Contain("SSOT_SEED=");
    }

    [Fact]
    public async Task StaticMutableState_StaticEvent_IsReportedAsAStaticEvent()
    {
        string message = await FailureOf(new StaticEventSuite(), s => { s.ManagerTypes_HaveNoStaticMutableState(); return Task.CompletedTask; });

        message.Should().Contain("static event").And.Contain("StaticEventManager.MessageReceived");
    }

    [Fact]
    public async Task StaticMutableState_HelperDictionaryWrittenFromAnAsyncLocalFunction_NamesHolderAndChain()
    {
        string message = await FailureOf(new RegistryHelperSuite(), s => { s.ManagerTypes_HaveNoStaticMutableState(); return Task.CompletedTask; });

        message.Should().Contain("static readonly field Ssot.TestFramework.Fixtures.Tests.Suites.Managers.ConnectionRegistry.s_all")
            .And.Contain("a mutable collection (System.Collections.Generic.Dictionary<String,Object>)")
            .And.Contain("and is used by RegistryHelperManager.AttachAsync (local function Register) → ConnectionRegistry.Add: every user shares it")
            .And.Contain("found 1:");
    }

    [Fact]
    public async Task StaticMutableState_HelperStaticEventSubscribedInAMethod_NamesHolderAndChain()
    {
        string message = await FailureOf(new HelperEventSuite(), s => { s.ManagerTypes_HaveNoStaticMutableState(); return Task.CompletedTask; });

        message.Should().Contain("static event Ssot.TestFramework.Fixtures.Tests.Suites.Managers.Broadcaster.MessagePosted (System.EventHandler<String>)")
            .And.Contain("is subscribed to by HelperEventManager.Listen → Broadcaster.add_MessagePosted: every instance and user shares its subscribers");
    }

    [Fact]
    public async Task StaticMutableState_HelperImmutableStaticsAndAllowListedLogger_AreNotReported()
    {
        var suite = new ImmutableStaticsSuite(allowLogger: true);
        try
        {
            suite.Invoking(s => s.ManagerTypes_HaveNoStaticMutableState()).Should().NotThrow();
        }
        finally
        {
            await ((IAsyncLifetime)suite).DisposeAsync();
        }
    }

    [Fact]
    public async Task StaticMutableState_HelperLoggerNotAllowListed_IsReportedAsTheOnlyFinding()
    {
        string message = await FailureOf(new ImmutableStaticsSuite(allowLogger: false), s => { s.ManagerTypes_HaveNoStaticMutableState(); return Task.CompletedTask; });

        message.Should().Contain("found 1:").And.Contain("Defaults.Log").And.Contain("is used by ImmutableStaticsManager.Connect").And.NotContain("Defaults.Prefix");
    }

    [Fact]
    public async Task NewInstance_FactoryReturnsCachedSingleton_IsReported()
    {
        string message = await FailureOf(new CachedSingletonSuite(), s => { s.Create_EachUser_GetsANewInstance(); return Task.CompletedTask; });

        message.Should().Contain("new instance for each user").And.Contain("CachedSingletonManager");
    }

    [Fact]
    public async Task SingletonAccessor_PublicStaticInstance_IsReported()
    {
        string message = await FailureOf(new CachedSingletonSuite(), s => { s.Manager_HasNoSingletonAccessor(); return Task.CompletedTask; });

        message.Should().Contain("CachedSingletonManager.Instance").And.Contain("same instance twice");
    }

    [Fact]
    public async Task SharedState_InnerListSharedByAllUsers_NamesTheFieldPath()
    {
        string message = await FailureOf(new SharedInnerListSuite(), s => { s.Instances_ShareNoMutableState(); return Task.CompletedTask; });

        message.Should().Contain("_history").And.Contain("List");
    }

    [Fact]
    public async Task ConcurrentCreation_CachedSingleton_IsReported()
    {
        string message = await FailureOf(new CachedSingletonSuite(), s => s.Create_ConcurrentUsers_GivesDistinctIndependentInstances());

        message.Should().Contain("1000 concurrent creations to give distinct instances");
    }

    [Fact]
    public async Task Collectable_StaticCacheKeepsDisposedManagers_IsReported()
    {
        string message = await FailureOf(new LeakyCacheSuite(), s => s.ReleasedInstances_BecomeCollectable());

        message.Should().Contain("still alive").And.Contain("usr_");
    }

    [Fact]
    public async Task RetainedMemory_OneMegabytePerUser_IsAboveTheBound()
    {
        string message = await FailureOf(new FatSuite(), s => { s.RetainedMemoryPerUser_StaysUnderBound(); return Task.CompletedTask; });

        message.Should().Contain("retained_bytes_per_user").And.Contain("at most 262144 bytes");
    }

    [Fact]
    public async Task MemoryBaseline_ManagerRetaining64KiB_FailsAgainstTheCorrectManagersAcceptedFigure()
    {
        string baseline = NewBaselinePath();
        await RunMemoryCheck(new LeanMemorySuite(baseline, BaselineRun.Update));
        double accepted = AcceptedFigure(baseline);

        string message = await FailureOf(new Retains64KiBSuite(baseline, BaselineRun.Ci), s => { s.RetainedMemoryPerUser_StaysUnderBound(); return Task.CompletedTask; });

        accepted.Should().BeLessThan(64 * 1024 / 100, "the correct manager costs a few hundred bytes");
        message.Should().Contain("Retains64KiBManager to cost no more memory than its accepted figure allows")
            .And.Contain("Metric 'allocated_bytes_per_user' = ")
            .And.Contain($"is above its baseline: at most 2 × the accepted {Format(accepted)} bytes = {Format(accepted * 2)} bytes")
            .And.Contain($"(Kit.Suites.MemoryBaseline.Check(run: 0) in {baseline})")
            .And.Contain($"accept it with SSOT_UPDATE_BASELINE=1 and commit {baseline}")
            .And.NotContain("to retain at most 262144 bytes", "64 KiB per user is under the absolute bound: only the baseline catches it");
    }

    [Fact]
    public async Task MemoryBaseline_CorrectManager_PassesAgainstItsOwnBaselineOnCi()
    {
        string baseline = NewBaselinePath();
        var created = new LeanMemorySuite(baseline, BaselineRun.Developer);
        await RunMemoryCheck(created);
        string content = File.ReadAllText(baseline);

        var onCi = new LeanMemorySuite(baseline, BaselineRun.Ci);
        await RunMemoryCheck(onCi);

        created.Lines.Should().Contain(l => l.Contains("metric 'allocated_bytes_per_user' = ") && l.Contains($"recorded in {baseline}") && l.Contains("commit it"));
        File.ReadAllText(baseline).Should().Be(content, "a figure within the factor never rewrites the baseline on CI");
        content.Should().Contain("\"test\": \"Kit.Suites.MemoryBaseline.Check(run: 0)\"").And.Contain("\"metric\": \"allocated_bytes_per_user\"");
    }

    [Fact]
    public async Task MemoryBaseline_NoEntryOnCi_FailsNamingTheFileAndHowToCreateIt()
    {
        string baseline = NewBaselinePath();

        string message = await FailureOf(new LeanMemorySuite(baseline, BaselineRun.Ci), s => { s.RetainedMemoryPerUser_StaysUnderBound(); return Task.CompletedTask; });

        message.Should().Contain($"has no accepted figure in the metrics baseline {baseline}")
            .And.Contain("on CI (SSOT_CI=1) a baseline entry is never created silently")
            .And.Contain($"Run the test on a developer machine (or once with SSOT_UPDATE_BASELINE=1) to record it, then commit {baseline}");
        File.Exists(baseline).Should().BeFalse();
    }

    private string NewBaselinePath() => Path.Combine(_folder, "ssot-metrics.baseline.json");

    private static async Task RunMemoryCheck<TManager>(MemoryBaselineSuite<TManager> suite)
        where TManager : class
    {
        try
        {
            suite.RetainedMemoryPerUser_StaysUnderBound();
        }
        finally
        {
            await ((IAsyncLifetime)suite).DisposeAsync();
        }
    }

    private static double AcceptedFigure(string baseline)
    {
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(baseline));
        return json.RootElement.GetProperty("metrics").EnumerateArray().Single(e => e.GetProperty("metric").GetString() == "allocated_bytes_per_user").GetProperty("value").GetDouble();
    }

    private static string Format(double value) => value.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task EveryCheck_CorrectManager_PassesIn20ConsecutiveRuns()
    {
        for (int run = 1; run <= 20; run++)
        {
            foreach (Func<CorrectSuite, Task> check in new Func<CorrectSuite, Task>[]
            {
                s => { s.Create_EachUser_GetsANewInstance(); return Task.CompletedTask; },
                s => { s.Instances_ShareNoMutableState(); return Task.CompletedTask; },
                s => { s.ManagerTypes_HaveNoStaticMutableState(); return Task.CompletedTask; },
                s => { s.Manager_HasNoSingletonAccessor(); return Task.CompletedTask; },
                s => s.Create_ConcurrentUsers_GivesDistinctIndependentInstances(),
                s => s.ReleasedInstances_BecomeCollectable(),
                s => { s.RetainedMemoryPerUser_StaysUnderBound(); return Task.CompletedTask; },
            })
            {
                var suite = new CorrectSuite(run);
                await check(suite);
                await ((IAsyncLifetime)suite).DisposeAsync();
            }
        }
    }
}
