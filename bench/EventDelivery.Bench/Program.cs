using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Microsoft.AspNetCore.Builder;
using Ssot.TestFramework.Fixtures.Events;
using Ssot.TestFramework.Fixtures.WebSockets;
using Ssot.TestFramework.Fixtures.Tests.Suites.Sockets;

namespace EventDelivery.Bench;

/// <summary>
/// Event delivery over real sockets on loopback: N concurrent users (default 1,000), each connected with its own
/// WebSocket to the correct chat server on Kestrel, each running R agent runs one after the other (default 5); prints
/// events per second and p50/p99 delivery latency (client receive time minus the server's <c>sent_at</c>).
/// Usage: <c>EventDelivery.Bench [users] [runsPerUser]</c>.
/// </summary>
internal static class Program
{
    private const int EventsPerRun = 5;

    public static async Task<int> Main(string[] args)
    {
        int users = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1000;
        int runsPerUser = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
        Console.WriteLine($"Machine: {Environment.ProcessorCount} logical cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, {RuntimeInformation.ProcessArchitecture}");
        Console.WriteLine($"Workload: {users} concurrent users x {runsPerUser} sequential runs x {EventsPerRun} events, real WebSockets on 127.0.0.1");

        var server = new ChatServer();
        await using var fixture = new KestrelWebSocketFixture(new KestrelWebSocketFixtureOptions
        {
            MapEndpoints = app => app.Map("/ws", server.HandleAsync),
            Client = new WebSocketTestClientOptions { ConnectTimeout = TimeSpan.FromSeconds(60) },
        });
        await fixture.StartAsync();

        await RunAsync(fixture, Math.Min(50, users), 1, "warm-up", print: false);
        return await RunAsync(fixture, users, runsPerUser, "measured", print: true) ? 0 : 1;
    }

    private static async Task<bool> RunAsync(KestrelWebSocketFixture fixture, int users, int runsPerUser, string label, bool print)
    {
        var clients = new WebSocketTestClient[users];
        var connect = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, users), new ParallelOptions { MaxDegreeOfParallelism = 64 }, async (i, ct) =>
        {
            clients[i] = await fixture.ConnectAsync(new ClientIdentity($"usr_{label}_{i:D4}", $"conn_{label}_{i:D4}"), cancellationToken: ct);
        });
        connect.Stop();

        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Task[] work = clients.Select((client, i) => Task.Run(async () =>
        {
            await gate.Task;
            EventProbe probe = client.CreateProbe(new EventProbeOptions { DefaultTimeout = TimeSpan.FromSeconds(120) });
            for (int r = 0; r < runsPerUser; r++)
            {
                string run = $"run_{label}_{i:D4}_{r}";
                await client.SendTextAsync($$"""{"type":"start_run","run_id":"{{run}}"}""");
                await probe.ExpectAsync(e => e.Type == "agent_completed" && e.RunId == run);
            }
        })).ToArray();

        var elapsed = Stopwatch.StartNew();
        gate.SetResult();
        await Task.WhenAll(work);
        elapsed.Stop();

        var latencies = new List<double>();
        int received = 0;
        foreach (WebSocketTestClient client in clients)
        {
            foreach (ObservedEvent e in client.Events.Snapshot())
            {
                received++;
                if (e.Payload.TryGetValue("sent_at", out object? sent) && sent is string text
                    && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out DateTimeOffset sentAt))
                {
                    latencies.Add((e.Timestamp - sentAt).TotalMilliseconds);
                }
            }
        }

        await Task.WhenAll(clients.Select(c => c.DisposeAsync().AsTask()));
        int expected = users * runsPerUser * EventsPerRun;
        if (!print) return received == expected;

        latencies.Sort();
        Console.WriteLine($"Connected {users} clients in {connect.Elapsed.TotalMilliseconds:0} ms");
        Console.WriteLine($"Delivered {received} of {expected} events in {elapsed.Elapsed.TotalMilliseconds:0} ms: {received / elapsed.Elapsed.TotalSeconds:0} events/s");
        Console.WriteLine($"Delivery latency over {latencies.Count} events: p50 {Percentile(latencies, 0.50):0.00} ms, p99 {Percentile(latencies, 0.99):0.00} ms, max {latencies[^1]:0.00} ms");
        return received == expected;
    }

    private static double Percentile(List<double> sorted, double fraction)
        => sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Count) - 1, 0, sorted.Count - 1)];
}
