using System.Text;
using Ssot.TestFramework.Isolation;

namespace Ssot.TestFramework.Users;

/// <summary>
/// The outcome of running one operation per simulated user concurrently (see
/// <see cref="UserContextHelper.RunConcurrentlyAsync{T}(IReadOnlyList{UserContext}, Func{UserContext, CancellationToken, Task{T}}, ConcurrentRunOptions?)"/>).
/// </summary>
/// <typeparam name="T">The operation's result type.</typeparam>
/// <remarks>Immutable after construction; all members are thread-safe.</remarks>
public sealed class ConcurrentUserRun<T>
{
    internal ConcurrentUserRun(IReadOnlyList<UserOutcome<T>> outcomes)
    {
        Outcomes = outcomes;
    }

    /// <summary>Gets one outcome per user, in the order the users were given.</summary>
    public IReadOnlyList<UserOutcome<T>> Outcomes { get; }

    /// <summary>Gets the outcomes whose operation threw, in user order.</summary>
    public IReadOnlyList<UserOutcome<T>> Failures => Outcomes.Where(o => !o.Succeeded).ToArray();

    /// <summary>Throws when any user's operation threw.</summary>
    /// <exception cref="AggregateException">
    /// At least one operation failed; the message lists each failed user id with its exception type and message,
    /// and the inner exceptions are the original exceptions in user order.
    /// </exception>
    public void ThrowIfAnyFailed()
    {
        IReadOnlyList<UserOutcome<T>> failures = Failures;
        if (failures.Count == 0)
        {
            return;
        }

        StringBuilder message = new StringBuilder()
            .Append(failures.Count).Append(" of ").Append(Outcomes.Count).Append(" concurrent user operations failed:");
        foreach (UserOutcome<T> failure in failures)
        {
            message.AppendLine().Append("  user[").Append(failure.Context.UserId.Value).Append("]: ")
                .Append(failure.Exception!.GetType().FullName).Append(": ").Append(failure.Exception.Message);
        }

        throw new AggregateException(message.ToString(), failures.Select(f => f.Exception!));
    }

    /// <summary>
    /// Asserts that no two users received the same result instance (reference identity). Null results and
    /// value-type results are ignored.
    /// </summary>
    /// <exception cref="IsolationAssertionException">Two or more users received the same instance; the message names them.</exception>
    public void AssertDistinctInstances()
    {
        IsolationAssert.DistinctInstances(ToRoots());
    }

    /// <summary>
    /// Asserts that the results of different users share no mutable object, walking each result's object graph.
    /// Each root is labelled <c>user[&lt;user id&gt;]</c>. Failed outcomes and null results are skipped.
    /// </summary>
    /// <param name="options">Allow-list and limits; <see langword="null"/> uses <see cref="IsolationOptions.Default"/>.</param>
    /// <exception cref="IsolationAssertionException">Shared mutable state was found; the message lists each finding.</exception>
    /// <exception cref="InvalidOperationException">The walk exceeded <see cref="IsolationOptions.MaxObjectsToWalk"/>.</exception>
    public void AssertNoSharedState(IsolationOptions? options = null)
    {
        IsolationAssert.NoSharedState(ToRoots(), options);
    }

    private List<(string Label, object Root)> ToRoots()
    {
        var roots = new List<(string Label, object Root)>(Outcomes.Count);
        foreach (UserOutcome<T> outcome in Outcomes)
        {
            if (outcome.Succeeded && outcome.Result is { } result && !typeof(T).IsValueType)
            {
                roots.Add(($"user[{outcome.Context.UserId.Value}]", result));
            }
        }

        return roots;
    }
}
