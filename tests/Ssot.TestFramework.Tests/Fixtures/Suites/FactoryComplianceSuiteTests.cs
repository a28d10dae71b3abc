using FluentAssertions;
using Ssot.TestFramework.Fixtures.Suites;

namespace Ssot.TestFramework.Tests.Fixtures.Suites;

public sealed class FactoryComplianceSuiteTests
{
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
