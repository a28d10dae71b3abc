using Ssot.TestFramework.Fixtures.Events;
using Ssot.TestFramework.Users;

namespace Ssot.TestFramework.Fixtures.Suites;

/// <summary>
/// Every session a suite connected in one test and the runs it started for each, so messages can name the owner of a
/// foreign event and say where a missing run's events went. One per suite instance (xUnit makes one per test); thread-safe.
/// </summary>
internal sealed class SessionTracker
{
    private readonly object _gate = new();
    private readonly List<UserSession> _sessions = [];
    private readonly Dictionary<UserSession, List<RunId>> _runs = new(ReferenceEqualityComparer.Instance);

    /// <summary>Gets the sessions connected so far, in connect order.</summary>
    public IReadOnlyList<UserSession> Sessions
    {
        get
        {
            lock (_gate)
            {
                return [.. _sessions];
            }
        }
    }

    /// <summary>Records a connected session.</summary>
    public UserSession Add(UserSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        lock (_gate)
        {
            if (_runs.TryAdd(session, []))
            {
                _sessions.Add(session);
            }
        }

        return session;
    }

    /// <summary>Connects <paramref name="user"/> through <paramref name="harness"/> and records the session.</summary>
    /// <exception cref="SuiteCheckException">The harness returned no session.</exception>
    public async Task<UserSession> ConnectAsync(UserIsolationHarness harness, UserContext user, string replay, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(harness);
        ArgumentNullException.ThrowIfNull(user);
        UserSession session = await harness.ConnectAsync(user, cancellationToken).ConfigureAwait(false)
            ?? throw new SuiteCheckException($"{harness.GetType().Name}.ConnectAsync returned null for user {user.UserId}. {replay}");
        return Add(session);
    }

    /// <summary>
    /// Records <paramref name="run"/> for <paramref name="session"/>, makes the session run it and waits for its
    /// completion event; a failure names what arrived instead and where the run's events went.
    /// </summary>
    /// <exception cref="SuiteCheckException">The completion event did not arrive within <paramref name="timeout"/> (scaled by the probe).</exception>
    public Task<IReadOnlyList<ObservedEvent>> RunToCompletionAsync(UserSession session, RunId run, string completionEventType, TimeSpan timeout, string replay)
    {
        AddRun(session, run);
        return SessionRuns.RunToCompletionAsync(session, run, completionEventType, timeout, replay, () => SessionsWithRuns);
    }

    /// <summary>Records a run started for a session (adding the session if needed).</summary>
    public void AddRun(UserSession session, RunId run)
    {
        ArgumentNullException.ThrowIfNull(session);
        lock (_gate)
        {
            if (!_runs.TryGetValue(session, out List<RunId>? runs))
            {
                _runs[session] = runs = [];
                _sessions.Add(session);
            }

            if (!runs.Contains(run))
            {
                runs.Add(run);
            }
        }
    }

    /// <summary>Gets every session with the runs started for it, in connect order.</summary>
    public IReadOnlyList<IssuedSession> SessionsWithRuns
    {
        get
        {
            lock (_gate)
            {
                return _sessions.Select(s => new IssuedSession(s, [.. _runs[s]])).ToList();
            }
        }
    }

    /// <summary>Gets every issued identity: each session's user and runs, in connect order.</summary>
    public IReadOnlyList<IssuedIdentity> Issued
    {
        get
        {
            lock (_gate)
            {
                return _sessions.Select(s => new IssuedIdentity(s.User, [.. _runs[s]])).ToList();
            }
        }
    }
}

/// <summary>A session a suite connected and the runs it started for it.</summary>
/// <param name="Session">The session.</param>
/// <param name="Runs">Its runs.</param>
internal sealed record IssuedSession(UserSession Session, IReadOnlyCollection<RunId> Runs);
