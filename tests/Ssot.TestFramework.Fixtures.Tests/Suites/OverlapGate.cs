namespace Ssot.TestFramework.Fixtures.Tests.Suites;

/// <summary>
/// Makes a seeded race happen on any machine, however loaded, instead of when the scheduler happens to interleave two
/// users: the runs of the first owner to start wait until a run of another owner starts, so the two always overlap.
/// It never waits on time: the later run's start is the synchronisation point.
/// </summary>
/// <remarks>
/// The first owner's runs are "held"; the run that releases them is told to go on only once they are done
/// (<see cref="HeldRunDone"/>), so what the held runs deliver to its owner precedes its own events. After the release
/// nobody is held again. With fewer than two owners connected nothing is held, so a lone user is never blocked.
/// </remarks>
internal sealed class OverlapGate<TOwner>
    where TOwner : class
{
    private readonly object _lock = new();
    private readonly TaskCompletionSource<TOwner> _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _heldDone = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TOwner? _first;
    private int _held;
    private bool _open;

    /// <summary>Called when a run starts.</summary>
    /// <param name="owner">Whose run it is.</param>
    /// <param name="owners">How many owners are connected now.</param>
    /// <returns>The owner whose run released this held run, or <see langword="null"/> when this run was not held.</returns>
    public async Task<TOwner?> StartAsync(TOwner owner, int owners)
    {
        Task<TOwner> release;
        Task heldDone;
        lock (_lock)
        {
            if (_open || owners < 2)
            {
                return null;
            }

            if (_first is null || EqualityComparer<TOwner>.Default.Equals(_first, owner))
            {
                _first = owner;
                _held++;
                release = _released.Task;
                heldDone = Task.CompletedTask;
            }
            else
            {
                _open = true;
                _released.SetResult(owner);
                release = null!;
                heldDone = _heldDone.Task;
            }
        }

        if (release is null)
        {
            await heldDone.ConfigureAwait(false);
            return null;
        }

        return await release.ConfigureAwait(false);
    }

    /// <summary>A held run calls this once it delivered its events.</summary>
    /// <returns><see langword="true"/> for the last held run: the first owner's runs are all done.</returns>
    public bool HeldRunDone()
    {
        lock (_lock)
        {
            if (--_held > 0)
            {
                return false;
            }
        }

        _heldDone.TrySetResult();
        return true;
    }
}
