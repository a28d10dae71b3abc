using FluentAssertions;
using Ssot.TestFramework.Fixtures.Suites;
using Ssot.TestFramework.Isolation;
using Ssot.TestFramework.Testing;
using Ssot.TestFramework.Users;

#pragma warning disable xUnit1000 // Private on purpose: these suites must fail, so xUnit must not run them; the tests drive them by hand.

namespace Ssot.TestFramework.Fixtures.Tests.Suites;

/// <summary>What every suite shares through <see cref="SsotSuite"/>: one exception type, causes kept, the replay hint.</summary>
public sealed class SsotSuiteTests
{
    private static async Task<SuiteCheckException> FailureOf<TSuite>(TSuite suite, Func<TSuite, Task> check)
        where TSuite : SsotSuite
    {
        try
        {
            Func<Task> run = () => check(suite);
            return (await run.Should().ThrowAsync<SuiteCheckException>()).Which;
        }
        finally
        {
            await ((IAsyncLifetime)suite).DisposeAsync();
        }
    }

    [Fact]
    public async Task Check_AssertionFails_KeepsTheAssertionAsInnerException()
    {
        SuiteCheckException failure = await FailureOf(new CachedSingletonSuite(), s => { s.Create_EachUser_GetsANewInstance(); return Task.CompletedTask; });

        failure.InnerException.Should().BeOfType<IsolationAssertionException>();
        failure.Message.Should().Contain(failure.InnerException!.Message).And.Contain("replay with SSOT_SEED=");
    }

    [Fact]
    public async Task Check_AssertionHolds_DoesNotFail()
    {
        var suite = new CorrectSuite(0);
        Action check = suite.Create_EachUser_GetsANewInstance;

        check.Should().NotThrow();
        await ((IAsyncLifetime)suite).DisposeAsync();
    }

    [Fact]
    public async Task StaticState_CodeCannotBeRead_KeepsTheReadErrorAsInnerException()
    {
        SuiteCheckException failure = await FailureOf(new UnreadableTypesSuite(), s => { s.ManagerTypes_HaveNoStaticMutableState(); return Task.CompletedTask; });

        failure.Message.Should().Contain("could not all be read");
        failure.InnerException.Should().BeOfType<InvalidOperationException>();
    }

    [Fact]
    public async Task Fail_FindingWithoutCause_HasNoInnerException()
    {
        SuiteCheckException failure = await FailureOf(new CachedSingletonSuite(), s => { s.Manager_HasNoSingletonAccessor(); return Task.CompletedTask; });

        failure.InnerException.Should().BeNull();
        failure.Message.Should().MatchRegex(@"\(seed -?\d+; replay with SSOT_SEED=-?\d+\)$");
    }

    [Fact]
    public async Task StartHarness_CreateHarnessReturnsNull_FailsWithSuiteCheckException()
    {
        SuiteCheckException failure = await FailureOf(new HarnessSuite(() => null), s => s.Events_ForOneUser_NeverReachAnother());

        failure.Message.Should().StartWith("HarnessSuite.CreateHarness() returned null.").And.Contain("replay with SSOT_SEED=");
    }

    [Fact]
    public async Task ConnectAsync_HarnessReturnsNoSession_FailsWithSuiteCheckException()
    {
        SuiteCheckException failure = await FailureOf(new HarnessSuite(() => new Harness(_ => Task.FromResult<UserSession>(null!))), s => s.Events_ForOneUser_NeverReachAnother());

        failure.Message.Should().MatchRegex(@"^Harness\.ConnectAsync returned null for user usr_\w+\. \(seed -?\d+; replay with SSOT_SEED=-?\d+\)$");
    }

    [Fact]
    public async Task ConnectAll_ConnectsThrow_FailsWithTheConnectFailuresAsInnerException()
    {
        SuiteCheckException failure = await FailureOf(new OrderingSuite(() => new Harness(_ => Task.FromException<UserSession>(new IOException("refused")))), s => s.ConcurrentUsers_EachReceiveExactlyTheirOwnEventsInOrder());

        failure.Message.Should().StartWith("Expected 3 users to connect at once.").And.Contain("System.IO.IOException: refused");
        failure.InnerException.Should().BeOfType<AggregateException>().Which.InnerExceptions.Should().AllBeOfType<IOException>();
    }

    private sealed class UnreadableTypesSuite() : FactoryComplianceSuite<object>(new RecordingOutput(), SuiteIdentity.For("UnreadableTypes"))
    {
        protected override IEnumerable<Type> TypesToInspect => throw new InvalidOperationException("the IL cannot be read");

        protected override object Create(UserContext user) => new();
    }

    private sealed class HarnessSuite(Func<UserIsolationHarness?> harness) : UserIsolationSuite(new RecordingOutput(), SuiteIdentity.For("Harness"))
    {
        protected override int ConcurrentUsers => 3;

        protected override UserIsolationHarness CreateHarness() => harness()!;
    }

    private sealed class OrderingSuite(Func<UserIsolationHarness> harness) : EventOrderingSuite(new RecordingOutput(), SuiteIdentity.For("Ordering"))
    {
        protected override int ConcurrentUsers => 3;

        protected override UserIsolationHarness CreateHarness() => harness();
    }

    private sealed class Harness(Func<UserContext, Task<UserSession>> connect) : UserIsolationHarness
    {
        public override Task<UserSession> ConnectAsync(UserContext user, CancellationToken cancellationToken) => connect(user);
    }
}
