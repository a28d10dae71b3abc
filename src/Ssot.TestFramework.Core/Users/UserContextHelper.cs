namespace Ssot.TestFramework.Users;

/// <summary>
/// Creates simulated users and runs operations as many users at once to provoke interleaving. Exposed as the
/// <c>Users</c> property of the base test class.
/// </summary>
/// <remarks>All members are thread-safe; the generator is shared and itself thread-safe.</remarks>
public sealed class UserContextHelper
{
    private readonly UserContextGenerator _generator;

    /// <summary>Initializes a new helper that draws users from <paramref name="generator"/>.</summary>
    /// <param name="generator">The seeded generator.</param>
    /// <exception cref="ArgumentNullException"><paramref name="generator"/> is <see langword="null"/>.</exception>
    public UserContextHelper(UserContextGenerator generator)
    {
        ArgumentNullException.ThrowIfNull(generator);
        _generator = generator;
    }

    /// <summary>Gets the generator's seed.</summary>
    public int Seed => _generator.Seed;

    /// <summary>Test hook invoked by each user's task when it reaches the start gate, before waiting on it.</summary>
    internal Action<UserContext>? OnGateArrival { get; set; }

    /// <summary>Test hook invoked by each user's task once its outcome is recorded.</summary>
    internal Action<UserContext>? OnOutcome { get; set; }

    /// <summary>The clock of the run timeout; the kit's tests pass a fake one.</summary>
    internal TimeProvider Clock { get; set; } = TimeProvider.System;

    /// <summary>Creates the next user context.</summary>
    /// <returns>A new, unique context.</returns>
    public UserContext Create() => _generator.Create();

    /// <summary>Creates the next <paramref name="count"/> user contexts.</summary>
    /// <param name="count">How many contexts to create.</param>
    /// <returns>The contexts in sequence order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public IReadOnlyList<UserContext> Create(int count) => _generator.Create(count);

    /// <summary>
    /// Runs <paramref name="operation"/> once per given user, each on its own task, all released together from a
    /// start gate. Operation exceptions are collected per user, never thrown by the run.
    /// </summary>
    /// <typeparam name="T">The operation's result type.</typeparam>
    /// <param name="users">The users, e.g. <see cref="Create(int)"/>; must not be empty.</param>
    /// <param name="operation">
    /// The operation; receives the user and the run's cancellation token (linked to
    /// <see cref="ConcurrentRunOptions.CancellationToken"/>, cancelled when <see cref="ConcurrentRunOptions.Timeout"/> elapses).
    /// </param>
    /// <param name="options">The timeout and cancellation; <see langword="null"/> uses <see cref="ConcurrentRunOptions.Default"/> (no timeout, no cancellation).</param>
    /// <returns>One outcome per user, in the order of <paramref name="users"/>.</returns>
    /// <exception cref="TimeoutException">A timeout is set and some operations did not finish in time; the message names those users.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="users"/> or <paramref name="operation"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="users"/> is empty or contains <see langword="null"/>.</exception>
    public Task<ConcurrentUserRun<T>> RunConcurrentlyAsync<T>(
        IReadOnlyList<UserContext> users,
        Func<UserContext, CancellationToken, Task<T>> operation,
        ConcurrentRunOptions? options = null)
    {
        ValidateUsers(users);
        ArgumentNullException.ThrowIfNull(operation);
        return RunCoreAsync(users, operation, options ?? ConcurrentRunOptions.Default);
    }

    private static void ValidateUsers(IReadOnlyList<UserContext> users)
    {
        ArgumentNullException.ThrowIfNull(users);
        if (users.Count == 0)
        {
            throw new ArgumentException("users is empty, but at least one user is required (e.g. Users.Create(10)).", nameof(users));
        }

        for (int i = 0; i < users.Count; i++)
        {
            if (users[i] is null)
            {
                throw new ArgumentException($"users[{i}] is null.", nameof(users));
            }
        }
    }

    private async Task<ConcurrentUserRun<T>> RunCoreAsync<T>(
        IReadOnlyList<UserContext> users,
        Func<UserContext, CancellationToken, Task<T>> operation,
        ConcurrentRunOptions options)
    {
        using var runCancellation = CancellationTokenSource.CreateLinkedTokenSource(options.CancellationToken);
        CancellationToken token = runCancellation.Token;
        var startGate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        int arrived = 0;
        Action<UserContext>? onArrival = OnGateArrival;
        Action<UserContext>? onOutcome = OnOutcome;
        var outcomes = new UserOutcome<T>?[users.Count];
        var tasks = new Task[users.Count];

        // The timer exists before any operation starts, so the run's time is measured from here and a fake clock
        // advanced after an outcome always reaches it.
        using var delayCancellation = new CancellationTokenSource();
        Task? deadline = options.HasTimeout ? Task.Delay(options.Timeout, Clock, delayCancellation.Token) : null;
        for (int i = 0; i < users.Count; i++)
        {
            int index = i;
            UserContext user = users[i];
            tasks[i] = Task.Run(async () =>
            {
                onArrival?.Invoke(user);
                if (Interlocked.Increment(ref arrived) == users.Count)
                {
                    startGate.TrySetResult();
                }

                await startGate.Task.ConfigureAwait(false);
                try
                {
                    T? result = await operation(user, token).ConfigureAwait(false);
                    Volatile.Write(ref outcomes[index], new UserOutcome<T>(user, result, null));
                }
#pragma warning disable CA1031 // Operation failures are collected per user by design.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    Volatile.Write(ref outcomes[index], new UserOutcome<T>(user, default, ex));
                }

                onOutcome?.Invoke(user);
            }, CancellationToken.None);
        }

        var all = Task.WhenAll(tasks);
        if (deadline is not null)
        {
            Task finished = await Task.WhenAny(all, deadline).ConfigureAwait(false);
            if (finished != all)
            {
                // Snapshot before cancelling: cancelled operations finish quickly and would no longer look unfinished.
                string[] unfinished = users.Where((_, i) => Volatile.Read(ref outcomes[i]) is null).Select(u => u.UserId.Value).ToArray();
                await runCancellation.CancelAsync().ConfigureAwait(false);
                throw new TimeoutException(
                    $"{unfinished.Length} of {users.Count} concurrent user operations did not finish within {options.Timeout}: " +
                    string.Join(", ", unfinished.Select(id => $"user[{id}]")) + ".");
            }

            await delayCancellation.CancelAsync().ConfigureAwait(false);
        }

        await all.ConfigureAwait(false);
        return new ConcurrentUserRun<T>(outcomes.Select(o => o!).ToArray());
    }
}
