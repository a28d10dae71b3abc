using Ssot.TestFramework.Fixtures.Events;
using Ssot.TestFramework.Fixtures.WebSockets;
using Ssot.TestFramework.Users;
using Xunit.Abstractions;

namespace Ssot.TestFramework.Fixtures.Suites;

/// <summary>
/// Ready-made checks that a running system delivers each agent run's events completely, in protocol order, and never
/// after the run completed, for one user, for one user's concurrent runs, and for many users at once; and that records
/// delivery latency. Ordering is judged by arrival sequence only, never by timestamps.
/// </summary>
/// <remarks>
/// Inherit it and override <see cref="CreateHarness"/>: the same <see cref="UserIsolationHarness"/> the
/// <see cref="UserIsolationSuite"/> uses, where <see cref="UserSession.StartWorkAsync"/> starts an agent run (e.g.
/// <see cref="KestrelIsolationHarness"/> over real WebSockets). Every check is a <c>public virtual</c> test method; see
/// <see cref="FactoryComplianceSuite{TManager}"/> for how to declare one expected to fail or skip it.
/// </remarks>
public abstract partial class EventOrderingSuite : SsotSuite
{
    /// <summary>Initializes the suite from the output helper xUnit injects.</summary>
    /// <param name="output">The <see cref="ITestOutputHelper"/> of the running test.</param>
    protected EventOrderingSuite(ITestOutputHelper output)
        : base(output)
    {
    }

    /// <summary>Initializes the suite with an explicit test identity (custom runners, testing the suite).</summary>
    /// <param name="output">Where test output goes.</param>
    /// <param name="identity">The running test's identity.</param>
    protected EventOrderingSuite(ITestOutputHelper output, SsotTestIdentity identity)
        : base(output, identity)
    {
    }

    /// <summary>Gets the protocol each run's events must follow. Default <see cref="EventProtocol.CriticalAgentEvents"/>.</summary>
    protected virtual EventProtocol Protocol => EventProtocol.CriticalAgentEvents;

    /// <summary>
    /// Gets the event types every run must deliver at least once; a type that some of a run's tool calls carry must
    /// arrive for each of its tool calls. Default the five critical agent events.
    /// </summary>
    protected virtual IReadOnlyList<string> CriticalEventTypes => ["agent_started", "agent_thinking", "tool_executing", "tool_completed", "agent_completed"];

    /// <summary>Gets how many users work at once in the load checks. Default: 100.</summary>
    protected virtual int ConcurrentUsers => 100;

    /// <summary>Gets how many runs each user starts at once in the concurrent checks (at least 2 in the one-user checks). Default: 2.</summary>
    protected virtual int RunsPerUser => 2;

    /// <summary>Gets the type of the event that ends a run. Default: <c>agent_completed</c>.</summary>
    protected virtual string CompletionEventType => "agent_completed";

    /// <summary>Gets the payload field carrying the server's send time (Unix milliseconds or ISO-8601). Default: <c>sent_at</c>.</summary>
    protected virtual string SentAtField => "sent_at";

    /// <summary>Gets how long a run may take before the check fails (scaled by <c>SSOT_TIMEFACTOR</c>). Default: 10 s.</summary>
    protected virtual TimeSpan RunTimeout => TimeSpan.FromSeconds(10);

    /// <summary>
    /// Gets a watch period for late events (scaled by <c>SSOT_TIMEFACTOR</c>). Default: 200 ms. No ordering check waits for
    /// it any more: they watch each client until it closes. Kept so existing overrides still compile.
    /// </summary>
    protected virtual TimeSpan QuietPeriod => TimeSpan.FromMilliseconds(200);

    /// <summary>Creates the harness for one test (connect a user; starting work starts an agent run); the suite disposes it at the end of the test.</summary>
    /// <returns>The harness.</returns>
    protected abstract UserIsolationHarness CreateHarness();

    /// <summary>A run delivers every critical event (<see cref="CriticalEventTypes"/>), for each of its tool calls too.</summary>
    /// <returns>A task.</returns>
    [SsotComplianceFact]
    public virtual async Task Run_DeliversEveryCriticalEvent()
    {
        (UserSession session, RunId run) = await ConnectOneAsync().ConfigureAwait(false);
        IReadOnlyList<ObservedEvent> events = await RunToCompletionAsync(session, run).ConfigureAwait(false);
        List<string> missing = MissingCriticalEvents(events);
        if (missing.Count > 0)
        {
            Fail($"Expected run {run} of user {session.User.UserId} to deliver every critical event ({string.Join(", ", CriticalEventTypes)}):", [.. missing, "received: " + Types(events)]);
        }
    }

    /// <summary>A run's events arrive in the order <see cref="Protocol"/> allows; the message gives positions and the first out-of-order event.</summary>
    /// <returns>A task.</returns>
    [SsotComplianceFact]
    public virtual async Task Run_EventsArriveInProtocolOrder()
    {
        (UserSession session, RunId run) = await ConnectOneAsync().ConfigureAwait(false);
        IReadOnlyList<ObservedEvent> events = await RunToCompletionAsync(session, run).ConfigureAwait(false);
        IReadOnlyList<ProtocolViolation> violations = Protocol.Validate(events);
        if (violations.Count > 0)
        {
            Fail($"Expected run {run} of user {session.User.UserId} to arrive in the order of protocol '{Protocol.Name}'; first out-of-order event: {FirstOffender(violations)}:", [.. violations.Select(v => v.ToString()), "arrival order: " + Positions(events)]);
        }
    }

    /// <summary>Several runs of one user at once: grouped by run id, each run's events are complete and in protocol order.</summary>
    /// <returns>A task.</returns>
    [SsotComplianceFact]
    public virtual async Task ConcurrentRunsOfOneUser_EachKeepTheirOrder()
    {
        (UserSession session, _) = await ConnectOneAsync().ConfigureAwait(false);
        IReadOnlyList<RunId> runs = RunsOf(session.User, Math.Max(2, RunsPerUser));
        IReadOnlyList<string> incomplete = await RunAllAsync(session, runs).ConfigureAwait(false);
        List<string> problems = [.. CheckOwnRuns(session, runs), .. incomplete];
        if (problems.Count > 0)
        {
            Fail($"Expected each of {runs.Count} concurrent runs of user {session.User.UserId} to keep protocol '{Protocol.Name}' order:", problems);
        }
    }

    /// <summary>
    /// After a run's completion event, no further event of that run arrives, however late: the runs complete, then the
    /// suite closes the client (the close handshake, through <see cref="UserSession.DisconnectAsync"/>) and judges
    /// everything the client received up to the close. Each late event is reported with its delay after the completion,
    /// from the client's receive timestamps.
    /// </summary>
    /// <returns>A task.</returns>
    [SsotComplianceFact]
    public virtual async Task NoEventForARun_AfterItsCompletion()
    {
        (UserSession session, _) = await ConnectOneAsync().ConfigureAwait(false);
        IReadOnlyList<RunId> runs = RunsOf(session.User, Math.Max(1, RunsPerUser));
        await Task.WhenAll(runs.Select(r => RunToCompletionAsync(session, r))).ConfigureAwait(false);
        await session.DisconnectAsync(CancellationToken.None).ConfigureAwait(false);
        List<string> problems = LateEvents(session.Received.Snapshot(), runs);
        if (problems.Count > 0)
        {
            Fail($"Expected no event for a run of user {session.User.UserId} after its {CompletionEventType} (watched until the client closed):", problems);
        }
    }

    /// <summary>
    /// <see cref="ConcurrentUsers"/> users each start <see cref="RunsPerUser"/> runs at once: each receives exactly its own
    /// events (by user and run ids), every run complete and in protocol order.
    /// </summary>
    /// <returns>A task.</returns>
    [SsotComplianceFact]
    public virtual async Task ConcurrentUsers_EachReceiveExactlyTheirOwnEventsInOrder()
    {
        LoadResult load = await RunLoadAsync().ConfigureAwait(false);
        var problems = new List<string>();
        // Foreign deliveries first (they are the cause), then broken runs, then runs that never completed.
        problems.AddRange(load.Sessions.Select(s => ForeignEvents(s, load.Runs[s], load.Runs)).OfType<string>());
        problems.AddRange(load.Sessions.SelectMany(s => CheckOwnRuns(s, load.Runs[s])));
        problems.AddRange(load.Failures);
        if (problems.Count > 0)
        {
            Fail($"Expected each of {load.Sessions.Count} concurrent users ({RunsPerUser} run(s) each) to receive exactly its own events in protocol '{Protocol.Name}' order, {problems.Count} problem(s):", problems);
        }
    }

    /// <summary>
    /// Records delivery latency as metrics <c>delivery_latency_p50</c> and <c>delivery_latency_p99</c> (ms): the client's
    /// receive time minus the server's send time in <see cref="SentAtField"/>, over the load of the concurrent-users
    /// check. When no event carries that field nothing is recorded and the output says so.
    /// </summary>
    /// <returns>A task.</returns>
    [SsotComplianceFact]
    public virtual async Task DeliveryLatency_IsRecordedAsMetrics()
    {
        LoadResult load = await RunLoadAsync().ConfigureAwait(false);
        if (load.Failures.Count > 0)
        {
            Fail($"Expected every run to complete so latency can be measured ({load.Failures.Count} did not):", load.Failures);
        }

        var latencies = new List<double>();
        int events = 0;
        foreach (UserSession session in load.Sessions)
        {
            foreach (ObservedEvent e in session.Received.Snapshot())
            {
                events++;
                if (DeliveryLatency.TryRead(e, SentAtField, out double milliseconds))
                {
                    latencies.Add(milliseconds);
                }
            }
        }

        if (latencies.Count == 0)
        {
            Output.WriteLine($"Delivery latency not recorded: none of the {events} received events carries a '{SentAtField}' field (Unix ms or ISO-8601). Send it from the server or override SentAtField.");
            return;
        }

        latencies.Sort();
        double p50 = Common.Percentile.NearestRank(latencies, 0.50);
        double p99 = Common.Percentile.NearestRank(latencies, 0.99);
        RecordMetric("delivery_latency_p50", p50, "ms");
        RecordMetric("delivery_latency_p99", p99, "ms");
        RecordMetric("delivery_latency_samples", latencies.Count, "events");
        Output.WriteLine($"Delivery latency over {latencies.Count} of {events} events ({load.Sessions.Count} users x {RunsPerUser} runs): p50 {p50:0.###} ms, p99 {p99:0.###} ms.");
    }
}
