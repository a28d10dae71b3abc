using System.Globalization;
using Ssot.TestFramework.Fixtures.Events;
using Ssot.TestFramework.Users;

namespace Ssot.TestFramework.Fixtures.Suites;

/// <summary>One identity the harness issued in a test: a connected user and the runs started for it.</summary>
/// <param name="User">The user as connected.</param>
/// <param name="Runs">The run ids started for that user.</param>
internal sealed record IssuedIdentity(UserContext User, IReadOnlyCollection<RunId> Runs);

/// <summary>
/// Whose event is it: the one judgement of ownership the isolation and ordering suites share, and how a foreign
/// delivery is worded. An event is the receiver's own only if its user id is the receiver's, its run id is one of the
/// receiver's runs, its thread id (when present) is the receiver's, and its <c>connection_id</c> (when the payload
/// carries one) is the receiver's. Stateless, so thread-safe.
/// </summary>
internal static class EventOwnership
{
    /// <summary>The payload field compared with the receiver's connection id when present: <c>connection_id</c>.</summary>
    public const string ConnectionIdField = "connection_id";

    private const int OwnersShown = 5;

    /// <summary>Gets whether <paramref name="e"/> is <paramref name="receiver"/>'s own (see the class remarks).</summary>
    public static bool IsOwn(ObservedEvent e, UserContext receiver, IEnumerable<RunId> runs) => Mismatches(e, receiver, runs).Count == 0;

    /// <summary>
    /// Gets the ids of <paramref name="e"/> that are not <paramref name="receiver"/>'s, as <c>user=…</c>, <c>run=…</c>,
    /// <c>thread=…</c>, <c>connection=…</c> (or <c>no user id</c>, <c>no run id</c>); empty when the event is its own.
    /// </summary>
    /// <param name="e">The event.</param>
    /// <param name="receiver">Who received it.</param>
    /// <param name="runs">The receiver's runs; <see langword="null"/> does not judge the run id.</param>
    /// <returns>The mismatches, in the order user, run, thread, connection.</returns>
    public static IReadOnlyList<string> Mismatches(ObservedEvent e, UserContext receiver, IEnumerable<RunId>? runs)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(receiver);
        var wrong = new List<string>(4);
        if (e.UserId is null)
        {
            wrong.Add("no user id");
        }
        else if (e.UserId != receiver.UserId.Value)
        {
            wrong.Add("user=" + e.UserId);
        }

        if (runs is not null)
        {
            if (e.RunId is null)
            {
                wrong.Add("no run id");
            }
            else if (!runs.Any(r => r.Value == e.RunId))
            {
                wrong.Add("run=" + e.RunId);
            }
        }

        if (e.ThreadId is not null && e.ThreadId != receiver.ThreadId.Value)
        {
            wrong.Add("thread=" + e.ThreadId);
        }

        if (ConnectionIdOf(e) is { } connection && connection != receiver.ConnectionId.Value)
        {
            wrong.Add("connection=" + connection);
        }

        return wrong;
    }

    /// <summary>Gets the event's <c>connection_id</c> payload field, or <see langword="null"/> when it carries none.</summary>
    public static string? ConnectionIdOf(ObservedEvent e) =>
        e.Payload.TryGetValue(ConnectionIdField, out object? value) && Convert.ToString(value, CultureInfo.InvariantCulture) is { Length: > 0 } text ? text : null;

    /// <summary>
    /// Words what <paramref name="session"/> received that is not its own, naming the owner of each foreign event as the
    /// harness issued it (e.g. <c>3 event(s) of user usr_b (run run_b, thread thr_b)</c>), or <see langword="null"/>
    /// when every event is its own.
    /// </summary>
    /// <param name="session">The receiver.</param>
    /// <param name="ownRuns">The receiver's runs.</param>
    /// <param name="issued">Every identity the test issued (the receiver's too), to name the owners.</param>
    /// <returns>The problem line, or <see langword="null"/>.</returns>
    public static string? ForeignEvents(UserSession session, IReadOnlyCollection<RunId> ownRuns, IReadOnlyList<IssuedIdentity> issued)
    {
        ArgumentNullException.ThrowIfNull(session);
        return ForeignEvents(session.User, session.Received.Snapshot(), ownRuns, issued);
    }

    /// <summary>Like <see cref="ForeignEvents(UserSession, IReadOnlyCollection{RunId}, IReadOnlyList{IssuedIdentity})"/> over given events.</summary>
    public static string? ForeignEvents(UserContext receiver, IReadOnlyList<ObservedEvent> received, IReadOnlyCollection<RunId> ownRuns, IReadOnlyList<IssuedIdentity> issued)
    {
        ArgumentNullException.ThrowIfNull(receiver);
        ArgumentNullException.ThrowIfNull(received);
        var foreign = received.Where(e => !IsOwn(e, receiver, ownRuns)).ToList();
        if (foreign.Count == 0)
        {
            return null;
        }

        var owners = foreign
            .GroupBy(e => OwnerOf(e, receiver, ownRuns, issued), StringComparer.Ordinal)
            .Select(g => $"{g.Count()} event(s) {g.Key}")
            .ToList();
        string shown = string.Join("; ", owners.Take(OwnersShown)) + (owners.Count > OwnersShown ? $"; and {owners.Count - OwnersShown} more owner(s)" : string.Empty);
        return $"user {receiver.UserId} received {foreign.Count} event(s) that are not its own: {shown}; first: {foreign[0].Describe()}";
    }

    /// <summary>Names who an event belongs to, as the harness issued the ids: the user whose run it carries, else the user whose user id it carries.</summary>
    /// <param name="e">A foreign event.</param>
    /// <param name="receiver">Who received it.</param>
    /// <param name="ownRuns">The receiver's runs.</param>
    /// <param name="issued">Every identity the test issued.</param>
    /// <returns>E.g. <c>of user usr_b (run run_b, thread thr_b)</c>.</returns>
    public static string OwnerOf(ObservedEvent e, UserContext receiver, IReadOnlyCollection<RunId> ownRuns, IReadOnlyList<IssuedIdentity> issued)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(issued);
        IssuedIdentity? owner =
            issued.FirstOrDefault(i => i.User.UserId.Value == e.UserId && i.Runs.Any(r => r.Value == e.RunId))
            ?? issued.FirstOrDefault(i => i.Runs.Any(r => r.Value == e.RunId))
            ?? issued.FirstOrDefault(i => i.User.UserId.Value == e.UserId);
        if (owner is null)
        {
            return $"carrying ids this test never issued ({Ids(e)})";
        }

        if (owner.User.UserId == receiver.UserId && e.RunId is not null && ownRuns.Any(r => r.Value == e.RunId))
        {
            // Its own run, but another id is wrong: name whose it is.
            IEnumerable<string> wrong = Mismatches(e, receiver, ownRuns).Select(m => m + WhoseId(m, issued));
            return $"of its own run {e.RunId} but carrying {string.Join(", ", wrong)}";
        }

        string run = e.RunId is null ? "no run id" : "run " + e.RunId;
        return $"of user {owner.User.UserId} ({run}, thread {owner.User.ThreadId})";
    }

    private static string WhoseId(string mismatch, IReadOnlyList<IssuedIdentity> issued)
    {
        int equals = mismatch.IndexOf('=', StringComparison.Ordinal);
        if (equals < 0)
        {
            return string.Empty;
        }

        string kind = mismatch[..equals];
        string value = mismatch[(equals + 1)..];
        IssuedIdentity? whose = kind switch
        {
            "user" => issued.FirstOrDefault(i => i.User.UserId.Value == value),
            "thread" => issued.FirstOrDefault(i => i.User.ThreadId.Value == value),
            "connection" => issued.FirstOrDefault(i => i.User.ConnectionId.Value == value),
            _ => null,
        };
        return whose is null ? string.Empty : $" (user {whose.User.UserId}'s)";
    }

    private static string Ids(ObservedEvent e)
    {
        var ids = new List<string>(4) { "user " + (e.UserId ?? "none"), "run " + (e.RunId ?? "none") };
        if (e.ThreadId is not null)
        {
            ids.Add("thread " + e.ThreadId);
        }

        if (ConnectionIdOf(e) is { } connection)
        {
            ids.Add("connection " + connection);
        }

        return string.Join(", ", ids);
    }
}
