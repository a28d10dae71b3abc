using System.Runtime.CompilerServices;
using Ssot.TestFramework.Isolation;
using Ssot.TestFramework.Metrics;
using Ssot.TestFramework.Users;
using Xunit.Abstractions;

namespace Ssot.TestFramework.Fixtures.Suites;

/// <summary>
/// Ready-made checks that the canonical factory hands every user an independent manager: a new instance per user,
/// no shared mutable state, no static mutable state, no singleton accessor, safe concurrent creation, collectable
/// instances and bounded memory per user. Inherit it, override <see cref="Create"/>, and each check appears as its own test.
/// </summary>
/// <typeparam name="TManager">The manager type the canonical factory creates.</typeparam>
/// <remarks>
/// Every check is a <c>public virtual</c> test method: override one to give it an attribute of your own, e.g.
/// <c>[ExpectedToFailFact("reason", Issue = "#12")] public override Task X() =&gt; base.X();</c> to declare it expected to
/// fail until remediated, or <c>[Fact(Skip = "why it does not apply")] public override Task X() =&gt; base.X();</c> to skip it
/// with a reason. An override without a test attribute removes the check from the run, so always put one on.
/// Instances of the suite follow xUnit's rule: one per test, nothing shared between tests.
/// </remarks>
public abstract partial class FactoryComplianceSuite<TManager> : SsotSuite
    where TManager : class
{
    /// <summary>Initializes the suite from the output helper xUnit injects.</summary>
    /// <param name="output">The <see cref="ITestOutputHelper"/> of the running test.</param>
    protected FactoryComplianceSuite(ITestOutputHelper output)
        : base(output)
    {
    }

    /// <summary>Initializes the suite with an explicit test identity (custom runners, testing the suite).</summary>
    /// <param name="output">Where test output goes.</param>
    /// <param name="identity">The running test's identity.</param>
    protected FactoryComplianceSuite(ITestOutputHelper output, SsotTestIdentity identity)
        : base(output, identity)
    {
    }

    /// <summary>Gets how many instances the factory must hand out. Default: <see cref="InstanceScope.PerUser"/>.</summary>
    protected virtual InstanceScope Scope => InstanceScope.PerUser;

    /// <summary>Gets the allow-list of deliberately shared services (loggers, clocks). Default: none.</summary>
    protected virtual IsolationOptions Isolation => IsolationOptions.Default;

    /// <summary>
    /// Gets the types whose static fields and members are inspected. Default: the manager type, its base and nested
    /// types, and the declared types of their instance fields, recursively, within the manager's assembly.
    /// </summary>
    protected virtual IEnumerable<Type> TypesToInspect => ManagerTypeClosure.Of(typeof(TManager), []);

    /// <summary>
    /// Gets whether the static-state check follows the manager's calls into <paramref name="assembly"/> and reports the
    /// static fields declared there. Default: every assembly except the framework's (<c>System*</c>, <c>Microsoft*</c>,
    /// <c>mscorlib</c>, <c>netstandard</c>), the kit's (<c>Ssot.TestFramework</c>, <c>.Common</c>, <c>.Compliance</c>, <c>.Fixtures</c>) and the test libraries'
    /// (<c>xunit*</c>, <c>Moq</c>, <c>Castle.Core</c>, <c>Bogus</c>, <c>FluentAssertions</c>). Override it to leave a
    /// third-party library out, or to follow only your own assemblies.
    /// </summary>
    /// <param name="assembly">An assembly the manager's code calls into, or that declares a static field it touches.</param>
    /// <returns><see langword="true"/> to follow it.</returns>
    protected virtual bool IsTeamAssembly(System.Reflection.Assembly assembly) => StaticStateInspector.IsTeamAssembly(assembly);

    /// <summary>Gets how many users create managers at once in the concurrency check. Default: 1,000.</summary>
    protected virtual int ConcurrentUsers => 1000;

    /// <summary>Gets how many managers the collectability check creates and releases. Default: 100.</summary>
    protected virtual int CollectabilityUsers => 100;

    /// <summary>Gets how many managers the memory check keeps alive to average the noise out. Default: 500.</summary>
    protected virtual int MemoryUsers => 500;

    /// <summary>Gets the largest retained memory per user, in bytes. Default: 256 KiB.</summary>
    protected virtual long MaxRetainedBytesPerUser => 256 * 1024;

    /// <summary>
    /// Gets how many times its accepted figure <c>allocated_bytes_per_user</c> may grow before the memory check fails
    /// (<see cref="RecordedMetric.AtMostBaseline"/>, against <see cref="SsotBaseTestCase.MetricBaselinePath"/>), or
    /// <see langword="null"/> to hold only the absolute bound. Default: <see cref="RecordedMetric.DefaultBaselineFactor"/> (2).
    /// </summary>
    protected virtual double? MemoryBaselineFactor => RecordedMetric.DefaultBaselineFactor;

    /// <summary>Creates a manager for a user through the canonical creation path.</summary>
    /// <param name="user">The user.</param>
    /// <returns>The manager.</returns>
    protected abstract TManager Create(UserContext user);

    /// <summary>Releases a manager the way the application does at the end of a user's session. Default: disposes it when disposable.</summary>
    /// <param name="manager">The manager.</param>
    /// <returns>A task.</returns>
    protected virtual async ValueTask ReleaseAsync(TManager manager)
    {
        ArgumentNullException.ThrowIfNull(manager);
        switch (manager)
        {
            case IAsyncDisposable asyncDisposable:
                await asyncDisposable.DisposeAsync().ConfigureAwait(false);
                break;
            case IDisposable disposable:
                disposable.Dispose();
                break;
        }
    }

    /// <summary>Each user (and each request, when <see cref="Scope"/> says so) gets a new instance.</summary>
    [SsotComplianceFact]
    public virtual void Create_EachUser_GetsANewInstance()
    {
        IReadOnlyList<UserContext> users = Users.Create(3);
        var roots = users.Select(u => (Label(u), (object)CreateChecked(u))).ToList();
        if (Scope == InstanceScope.PerRequest)
        {
            UserContext again = users[0].WithRequest(Users.Create().RequestId);
            roots.Add(($"{Label(users[0])} (request {again.RequestId})", CreateChecked(again)));
        }

        Check(() => IsolationAssert.DistinctInstances(roots), $"Expected a new instance for each user{(Scope == InstanceScope.PerRequest ? " and each request" : string.Empty)} ({Name})");
    }

    /// <summary>No mutable object is reachable from two users' instances.</summary>
    [SsotComplianceFact]
    public virtual void Instances_ShareNoMutableState()
    {
        var roots = Users.Create(3).Select(u => (Label(u), (object)CreateChecked(u))).ToList();
        Check(() => IsolationAssert.NoSharedState(roots, Isolation), $"Expected instances of different users to share no mutable state ({Name})");
    }

    /// <summary>
    /// The manager's types hold no static mutable state, and the manager's methods (and, transitively, the methods they
    /// call in the team's assemblies, <see cref="IsTeamAssembly"/>) touch none in other types. Readonly static fields
    /// whose value <see cref="Isolation"/> allow-lists (a shared logger) are not reported.
    /// </summary>
    [SsotComplianceFact]
    public virtual void ManagerTypes_HaveNoStaticMutableState()
    {
        _ = CreateChecked(Users.Create()); // run static constructors so static values are there to inspect
        IReadOnlyList<string> findings;
        try
        {
            findings = StaticStateInspector.Find(TypesToInspect, Isolation, IsTeamAssembly);
        }
        catch (InvalidOperationException ex)
        {
            throw Failure($"Expected no static mutable state in the types of {Name}, but their code could not all be read: {ex.Message}", ex);
        }

        if (findings.Count > 0)
        {
            Fail($"Expected no static mutable state in the types of {Name}, found {findings.Count}:", findings);
        }
    }

    /// <summary>No public static member hands out a manager without a user.</summary>
    [SsotComplianceFact]
    public virtual void Manager_HasNoSingletonAccessor()
    {
        IReadOnlyList<string> findings = SingletonAccessorInspector.Find(TypesToInspect, typeof(TManager));
        if (findings.Count > 0)
        {
            Fail($"Expected {Name} to be created only through the canonical factory, found {findings.Count} singleton accessor(s):", findings);
        }
    }

    /// <summary>Concurrent creation for <see cref="ConcurrentUsers"/> start-gated users gives distinct, independent instances and no exception.</summary>
    /// <returns>A task.</returns>
    [SsotComplianceFact]
    public virtual async Task Create_ConcurrentUsers_GivesDistinctIndependentInstances()
    {
        ConcurrentUserRun<TManager> run;
        using (Measure("concurrent_create"))
        {
            run = await Users.RunConcurrentlyAsync(Users.Create(ConcurrentUsers), (user, _) => Task.FromResult(Create(user))).ConfigureAwait(false);
        }

        RecordMetric("concurrent_users", ConcurrentUsers, "users");
        Check(run.ThrowIfAnyFailed, $"Expected {ConcurrentUsers} concurrent creations to succeed ({Name})");
        Check(run.AssertDistinctInstances, $"Expected {ConcurrentUsers} concurrent creations to give distinct instances ({Name})");
        Check(() => run.AssertNoSharedState(Isolation), $"Expected {ConcurrentUsers} concurrently created instances to share no mutable state ({Name})");
    }

    private string Name => typeof(TManager).FullName ?? typeof(TManager).Name;

    private static string Label(UserContext user) => $"user[{user.UserId}]";

    private TManager CreateChecked(UserContext user) =>
        Create(user) ?? throw Failure($"Create({user.UserId}) returned null for {Name}; the canonical factory must return an instance.");
}
