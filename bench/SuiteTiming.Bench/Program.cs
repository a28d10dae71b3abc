using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Ssot.TestFramework;
using Ssot.TestFramework.Fixtures.Suites;
using Ssot.TestFramework.Fixtures.Tests.Suites.Sockets;

namespace SuiteTiming.Bench;

/// <summary>
/// What the kit's own tests deliberately no longer measure, because it depends on the machine: how often the ordering
/// suite catches a seeded bug that is left to real timing. The kit tests force each of these bugs with a
/// synchronisation point instead (<c>forceOverlap</c>, runs taking turns); this bench runs the natural variants
/// <c>N</c> times on real sockets and prints how many runs caught them, so a change of the suite's time windows (a later
/// issue) can be judged by numbers. Run it under load too (e.g. two busy loops) to see the difference.
/// Usage: <c>SuiteTiming.Bench [runs] [users] [lateMs] [quietMs]</c> (defaults 20, 100, 20, 100).
/// </summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        int runs = Arg(args, 0, 20);
        int users = Arg(args, 1, 100);
        int lateMs = Arg(args, 2, 20);
        int quietMs = Arg(args, 3, 100);
        Console.WriteLine($"Machine: {Environment.ProcessorCount} logical cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}");

        (int caught, TimeSpan mean) race = await CountAsync(runs, () => new RacyChatServer(), users, quietMs, s => s.ConcurrentUsers_EachReceiveExactlyTheirOwnEventsInOrder());
        Console.WriteLine($"Natural race (RacyChatServer, no forced overlap), {users} users x 2 runs: caught in {race.caught} of {runs} runs, {race.mean.TotalSeconds:0.00} s per run.");

        (int caught, TimeSpan mean) late = await CountAsync(runs, () => new DelayedLateEventChatServer(TimeSpan.FromMilliseconds(lateMs)), users, quietMs, s => s.NoEventForARun_AfterItsCompletion());
        Console.WriteLine($"Stray event {lateMs} ms after agent_completed, quiet period {quietMs} ms: caught in {late.caught} of {runs} runs, {late.mean.TotalSeconds:0.00} s per run.");
        return 0;
    }

    private static int Arg(string[] args, int index, int fallback) =>
        args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;

    private static async Task<(int Caught, TimeSpan Mean)> CountAsync(int runs, Func<ChatServer> server, int users, int quietMs, Func<BenchOrderingSuite, Task> check)
    {
        int caught = 0;
        var clock = Stopwatch.StartNew();
        for (int run = 1; run <= runs; run++)
        {
            await using var fixture = new ChatServerFixture(server());
            var suite = new BenchOrderingSuite(fixture, run, users, TimeSpan.FromMilliseconds(quietMs));
            try
            {
                await check(suite);
            }
            catch (SuiteCheckException)
            {
                caught++;
            }
            finally
            {
                await ((Xunit.IAsyncLifetime)suite).DisposeAsync();
            }
        }

        return (caught, clock.Elapsed / runs);
    }
}

/// <summary>The late-event bug left to real time: the stray goes out a fixed delay after <c>agent_completed</c>.</summary>
internal sealed class DelayedLateEventChatServer(TimeSpan delay) : ChatServer
{
    protected override async Task AfterCompletionAsync(ChatConnection connection, string runId)
    {
        await Task.Delay(delay);
        await DeliverAsync(connection, Event(connection, "agent_thinking", runId, null));
    }
}

internal sealed class BenchOrderingSuite(ChatServerFixture fixture, int run, int users, TimeSpan quiet)
    : EventOrderingSuite(new NullOutput(), new SsotTestIdentity("Bench.Suites", "Check", $"Bench.Suites.Check(run: {run})"))
{
    protected override int ConcurrentUsers => users;

    // Runs the natural race starves wait for this; short keeps the bench quick.
    protected override TimeSpan RunTimeout => TimeSpan.FromSeconds(2);

    protected override TimeSpan QuietPeriod => quiet;

    protected override UserIsolationHarness CreateHarness() => fixture.CreateHarness();
}

internal sealed class NullOutput : Xunit.Abstractions.ITestOutputHelper
{
    public void WriteLine(string message)
    {
    }

    public void WriteLine(string format, params object[] args)
    {
    }
}
