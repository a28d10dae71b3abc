using System.Runtime.CompilerServices;
using Ssot.TestFramework.Metrics;
using Ssot.TestFramework.Users;

namespace Ssot.TestFramework.Fixtures.Suites;

/// <content>The lifetime checks: released instances are collectable, and retained memory per user is bounded.</content>
public abstract partial class FactoryComplianceSuite<TManager>
{
    /// <summary>Released managers become collectable: nothing (a static cache, an event) keeps a user's manager alive.</summary>
    /// <returns>A task.</returns>
    [SsotComplianceFact]
    public virtual async Task ReleasedInstances_BecomeCollectable()
    {
        IReadOnlyList<UserContext> users = Users.Create(CollectabilityUsers);
        List<(UserContext User, WeakReference Reference)> references = await CreateAndReleaseAsync(users).ConfigureAwait(false);

        for (int attempt = 0; attempt < 3 && references.Exists(r => r.Reference.IsAlive); attempt++)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }

        var alive = references.Where(r => r.Reference.IsAlive).Select(r => r.User.UserId.ToString()).ToList();
        RecordMetric("released_but_alive", alive.Count, "instances");
        if (alive.Count > 0)
        {
            Fail(
                $"Expected all {references.Count} released {Name} instances to be collectable after full collections, but {alive.Count} are still alive " +
                "(something static, such as a cache or an event subscription, still references them). Users whose manager is alive:",
                alive.Take(10).Concat(alive.Count > 10 ? [$"... and {alive.Count - 10} more"] : []).ToList());
        }
    }

    /// <summary>
    /// Retained memory per user, measured over <see cref="MemoryUsers"/> live managers, stays under
    /// <see cref="MaxRetainedBytesPerUser"/> (<c>retained_bytes_per_user</c>, from the whole heap); and the bytes the
    /// test's thread allocates per created manager (<c>allocated_bytes_per_user</c>, which other tests running at the
    /// same time cannot change) stay within <see cref="MemoryBaselineFactor"/> times the figure accepted in the metrics
    /// baseline, so a many-fold regression fails even under the absolute bound.
    /// </summary>
    [SsotComplianceFact]
    public virtual void RetainedMemoryPerUser_StaysUnderBound()
    {
        IReadOnlyList<UserContext> users = Users.Create(MemoryUsers);
        _ = CreateChecked(Users.Create()); // warm up static state and JIT outside the measurement
        var managers = new TManager[users.Count];
        long before = GC.GetTotalMemory(forceFullCollection: true);
        long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < users.Count; i++)
        {
            managers[i] = CreateChecked(users[i]);
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        long after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(managers);
        double perUser = Math.Max(0, after - before) / (double)users.Count;
        RecordedMetric retainedPerUser = RecordMetric("retained_bytes_per_user", perUser, "bytes");
        RecordedMetric allocatedPerUser = RecordMetric("allocated_bytes_per_user", allocated / (double)users.Count, "bytes");
        try
        {
            retainedPerUser.AtMost(MaxRetainedBytesPerUser);
        }
        catch (MetricBoundExceededException ex)
        {
            throw Failure($"Expected each {Name} to retain at most {MaxRetainedBytesPerUser} bytes (measured over {users.Count} users). {ex.Message}", ex);
        }

        if (MemoryBaselineFactor is not { } factor)
        {
            return;
        }

        try
        {
            allocatedPerUser.AtMostBaseline(factor);
        }
        catch (Exception ex) when (ex is MetricBoundExceededException or MetricBaselineException)
        {
            throw Failure($"Expected each {Name} to cost no more memory than its accepted figure allows (measured over {users.Count} users on the test's thread). {ex.Message}", ex);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private async Task<List<(UserContext User, WeakReference Reference)>> CreateAndReleaseAsync(IReadOnlyList<UserContext> users)
    {
        var references = new List<(UserContext, WeakReference)>(users.Count);
        foreach (UserContext user in users)
        {
            TManager manager = CreateChecked(user);
            await ReleaseAsync(manager).ConfigureAwait(false);
            references.Add((user, new WeakReference(manager)));
        }

        return references;
    }
}
