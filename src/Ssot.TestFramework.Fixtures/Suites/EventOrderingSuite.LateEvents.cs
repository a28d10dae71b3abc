using System.Globalization;
using Ssot.TestFramework.Fixtures.Events;
using Ssot.TestFramework.Users;

namespace Ssot.TestFramework.Fixtures.Suites;

/// <content>How late events are found in a client's complete log.</content>
public abstract partial class EventOrderingSuite
{
    private const int LateEventsListed = 5;

    /// <summary>
    /// Lists, per run, the events of that run received after its first completion event, each with its delay: its
    /// receive time minus the completion's receive time, both from the client's own timestamps.
    /// </summary>
    private List<string> LateEvents(IReadOnlyList<ObservedEvent> received, IReadOnlyList<RunId> runs)
    {
        var problems = new List<string>();
        foreach (RunId run in runs)
        {
            var events = received.Where(e => e.RunId == run.Value).ToList();
            int completion = events.FindIndex(e => e.Type == CompletionEventType);
            if (completion < 0 || completion == events.Count - 1) continue;
            ObservedEvent completed = events[completion];
            List<ObservedEvent> late = events.Skip(completion + 1).ToList();
            string listed = string.Join("; ", late.Take(LateEventsListed).Select(e => $"{e.Describe()} {Delay(completed, e)} later"));
            string more = late.Count > LateEventsListed ? $"; and {late.Count - LateEventsListed} more" : string.Empty;
            problems.Add($"run {run}: {late.Count} event(s) after {completed.Describe()}: {listed}{more}");
        }

        return problems;
    }

    private static string Delay(ObservedEvent completed, ObservedEvent late) =>
        (late.Timestamp - completed.Timestamp).TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture) + " ms";
}
