using Ssot.TestFramework.Fixtures.Events;
using Ssot.TestFramework.Users;

namespace Ssot.TestFramework.Fixtures.Suites;

/// <summary>Runs work on a <see cref="UserSession"/> and waits for its completion event; shared by the socket suites.</summary>
internal static class SessionRuns
{
    public static async Task<IReadOnlyList<ObservedEvent>> RunToCompletionAsync(
        UserSession session, RunId run, string completionEventType, TimeSpan timeout, string replay)
    {
        ArgumentNullException.ThrowIfNull(session);
        var probe = new EventProbe(session.Received, new EventProbeOptions { DefaultTimeout = timeout });
        await session.StartWorkAsync(run, CancellationToken.None).ConfigureAwait(false);
        try
        {
            await probe.ExpectAsync(e => e.Type == completionEventType && e.RunId == run.Value).ConfigureAwait(false);
        }
        catch (EventExpectationException ex)
        {
            throw new SuiteCheckException($"User {session.User.UserId}: run {run} did not complete ({completionEventType} for it never arrived). {ex.Message} {replay}", ex);
        }

        return session.Received.Snapshot().Where(e => e.RunId == run.Value).ToList();
    }

    /// <summary>Waits for the completion event of a run already started on <paramref name="session"/>.</summary>
    public static async Task CompletionAsync(UserSession session, RunId run, string completionEventType, TimeSpan timeout, string replay)
    {
        ArgumentNullException.ThrowIfNull(session);
        var probe = new EventProbe(session.Received, new EventProbeOptions { DefaultTimeout = timeout });
        try
        {
            await probe.ExpectAsync(e => e.Type == completionEventType && e.RunId == run.Value).ConfigureAwait(false);
        }
        catch (EventExpectationException ex)
        {
            throw new SuiteCheckException($"User {session.User.UserId}: run {run} did not complete ({completionEventType} for it never arrived). {ex.Message} {replay}", ex);
        }
    }
}
