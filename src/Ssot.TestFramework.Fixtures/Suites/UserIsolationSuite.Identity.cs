using Ssot.TestFramework.Fixtures.Events;
using Ssot.TestFramework.Users;

namespace Ssot.TestFramework.Fixtures.Suites;

/// <content>Checks that identity comes from the connection: spoofed commands, and new work after a reconnect.</content>
public abstract partial class UserIsolationSuite
{
    /// <summary>
    /// A user (the attacker) sends, over its own connection, three commands whose payload claims another user's (the
    /// victim's) identity: its user id, its thread id, and its run id (the victim ran it first, so the system knows it).
    /// The victim must receive nothing more; every event the attacker receives for those commands must carry the
    /// attacker's own user, thread and connection ids (a <see cref="RefusalEventType"/> event counts as a refusal); and
    /// each command must end in its <see cref="CompletionEventType"/> or a refusal.
    /// </summary>
    /// <returns>A task.</returns>
    [SsotComplianceFact]
    public virtual async Task Commands_ClaimingAnotherIdentity_AreNotAttributedToIt()
    {
        IReadOnlyList<UserSession> sessions = await ConnectInTurnAsync(2).ConfigureAwait(false);
        (UserSession victim, UserSession attacker) = (sessions[0], sessions[1]);
        await RunToCompletionAsync(victim, victim.User.RunId).ConfigureAwait(false);
        int victimBefore = victim.Received.Count;
        UserContext a = attacker.User;
        UserContext v = victim.User;
        (string Claim, RunId Run, UserContext Claimed)[] commands =
        [
            ($"user id {v.UserId}", Users.Create().RunId, a with { UserId = v.UserId }),
            ($"thread id {v.ThreadId}", Users.Create().RunId, a with { ThreadId = v.ThreadId }),
            ($"run id {v.RunId}", v.RunId, a),
        ];

        var problems = new List<string>();
        foreach ((string claim, RunId run, UserContext claimed) in commands)
        {
            _sessions.AddRun(attacker, run);
            int attackerMark = attacker.Received.Count;
            int victimMark = victim.Received.Count;
            try
            {
                await attacker.StartWorkClaimingAsync(run, claimed, CancellationToken.None).ConfigureAwait(false);
            }
            catch (NotSupportedException)
            {
                throw new SsotSkipException("Not applicable: the harness's sessions cannot send work whose payload claims another identity. Override UserSession.StartWorkClaimingAsync(RunId, UserContext, CancellationToken) (KestrelIsolationHarness does, through StartCommand) to enable this check.");
            }

            bool Ends(ObservedEvent e) => e.RunId == run.Value && e.Type == CompletionEventType;
            bool Refuses(ObservedEvent e) => e.Type == RefusalEventType && (e.RunId is null || e.RunId == run.Value);
            await SessionRuns.WaitForAnyAsync([(attacker.Received, attackerMark, e => Ends(e) || Refuses(e)), (victim.Received, victimMark, Ends)], Scaled(RunTimeout)).ConfigureAwait(false);
            IReadOnlyList<ObservedEvent> answer = attacker.Received.Snapshot().Skip(attackerMark).Where(e => e.RunId == run.Value || Refuses(e)).ToList();
            string command = $"command claiming the victim's {claim} (run {run})";
            var wrong = answer.Select(e => (Event: e, Ids: EventOwnership.Mismatches(e, a, runs: null))).Where(x => x.Ids.Count > 0).ToList();
            if (wrong.Count > 0)
            {
                problems.Add($"{command}: {wrong.Count} event(s) on the attacker's connection carry ids that are not its own ({string.Join(", ", wrong.SelectMany(w => w.Ids).Distinct())}); first: {wrong[0].Event.Describe()}");
            }

            if (!answer.Any(e => Ends(e) || Refuses(e)))
            {
                problems.Add($"{command}: {SessionRuns.DidNotComplete(attacker, run, $"{CompletionEventType} or {RefusalEventType}", attackerMark, _sessions.SessionsWithRuns)}");
            }
        }

        await Task.Delay(Scaled(QuietPeriod)).ConfigureAwait(false);
        IReadOnlyList<ObservedEvent> leaked = victim.Received.Snapshot().Skip(victimBefore).ToList();
        if (leaked.Count > 0)
        {
            problems.Insert(0, $"the victim user {v.UserId} received {leaked.Count} event(s) caused by the attacker's commands: {string.Join("; ", leaked.GroupBy(e => e.RunId).Select(g => $"{g.Count()} of run {g.Key ?? "(none)"}"))}; first: {leaked[0].Describe()}");
        }

        if (problems.Count > 0)
        {
            Fail($"Expected commands that user {a.UserId} sends claiming user {v.UserId}'s ids (user, thread, run) to be attributed to {a.UserId}'s own connection identity or refused with a refusal ({RefusalEventType}) event:", problems);
        }
    }

    /// <summary>
    /// After a disconnect and a reconnect (new connection id), a new run (new run id) completes, and every event the
    /// new connection receives carries the new run id and the user's own ids: nothing of the old run or old connection.
    /// </summary>
    /// <returns>A task.</returns>
    [SsotComplianceFact]
    public virtual async Task Reconnect_NewWork_CarriesOnlyTheNewRunAndConnection()
    {
        UserIsolationHarness harness = StartHarness();
        UserContext user = Users.Create();
        UserSession first = await ConnectAsync(harness, user).ConfigureAwait(false);
        await RunToCompletionAsync(first, user.RunId).ConfigureAwait(false);
        await first.DisconnectAsync(CancellationToken.None).ConfigureAwait(false);

        UserContext fresh = Users.Create();
        UserContext again = user with { ConnectionId = fresh.ConnectionId, RunId = fresh.RunId };
        UserSession second = await ConnectAsync(harness, again).ConfigureAwait(false);
        _sessions.AddRun(second, again.RunId);
        int before = second.Received.Count;
        await second.StartWorkAsync(again.RunId, CancellationToken.None).ConfigureAwait(false);
        // Stops at the new run's completion, or at a completion stamped with the old run (the run then never completes).
        bool completed = await SessionRuns.WaitForAnyAsync(
            [(second.Received, before, e => e.Type == CompletionEventType && (e.RunId == again.RunId.Value || e.RunId == user.RunId.Value))],
            Scaled(RunTimeout)).ConfigureAwait(false);
        await Task.Delay(Scaled(QuietPeriod)).ConfigureAwait(false);

        IReadOnlyList<ObservedEvent> received = second.Received.Snapshot();
        var problems = received
            .Select(e => (Event: e, Ids: EventOwnership.Mismatches(e, again, [again.RunId])))
            .Where(x => x.Ids.Count > 0)
            .GroupBy(x => string.Join(", ", x.Ids.Select(id => id + OldOrForeign(id, user))), StringComparer.Ordinal)
            .Select(g => $"{g.Count()} event(s) carrying {g.Key}; first: {g.First().Event.Describe()}")
            .ToList();
        if (!completed || !received.Any(e => e.Type == CompletionEventType && e.RunId == again.RunId.Value))
        {
            problems.Add(SessionRuns.DidNotComplete(second, again.RunId, CompletionEventType, before, _sessions.SessionsWithRuns));
        }

        if (problems.Count > 0)
        {
            Fail($"Expected user {user.UserId}'s new run {again.RunId} after reconnecting (connection {again.ConnectionId}) to carry only the new run id and its own ids, nothing of run {user.RunId} or connection {user.ConnectionId}:", problems);
        }
    }

    private static string OldOrForeign(string mismatch, UserContext old) =>
        mismatch == "run=" + old.RunId.Value ? " (the run before the reconnect)"
        : mismatch == "connection=" + old.ConnectionId.Value ? " (the connection before the reconnect)"
        : string.Empty;
}
