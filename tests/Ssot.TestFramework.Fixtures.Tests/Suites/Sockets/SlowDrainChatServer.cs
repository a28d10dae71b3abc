using System.Collections.Concurrent;
using Ssot.TestFramework.Fixtures.Events;

namespace Ssot.TestFramework.Fixtures.Tests.Suites.Sockets;

/// <summary>
/// A correct but slow chat server: the runs of one connection complete one at a time, each holding its completion event
/// back for <see cref="CompletionDelay"/> (times <c>SSOT_TIMEFACTOR</c>), so a backlog of many runs takes their sum to
/// drain while every single run is quick. A run <see cref="Withhold"/> names never completes (a stalled run).
/// </summary>
/// <remarks>Thread-safe.</remarks>
public sealed class SlowDrainChatServer(TimeSpan completionDelay) : ChatServer
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _turns = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _completions = new(StringComparer.Ordinal);

    /// <summary>Gets how long each run's completion waits, before the time factor.</summary>
    public TimeSpan CompletionDelay { get; } = completionDelay;

    /// <summary>Gets which runs never send their completion event; default none.</summary>
    public Func<string, bool> Withhold { get; init; } = _ => false;

    /// <summary>Gets the most completions delayed on one connection: those waits followed one another.</summary>
    public int MostCompletionsOnOneConnection => _completions.Values.DefaultIfEmpty(0).Max();

    protected override async Task DeliverAsync(ChatConnection connection, string json)
    {
        if (!json.Contains("\"type\":\"agent_completed\"", StringComparison.Ordinal))
        {
            await base.DeliverAsync(connection, json);
            return;
        }

        if (Withhold(RunIdOf(json)))
        {
            return;
        }

        SemaphoreSlim turn = _turns.GetOrAdd(connection.ConnectionId, _ => new SemaphoreSlim(1, 1));
        await turn.WaitAsync();
        try
        {
            await Task.Delay(TimeFactor.Dilate(CompletionDelay, TimeFactor.Current));
            _completions.AddOrUpdate(connection.ConnectionId, 1, (_, n) => n + 1);
            await base.DeliverAsync(connection, json);
        }
        finally
        {
            turn.Release();
        }
    }

    private static string RunIdOf(string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        return document.RootElement.GetProperty("run_id").GetString() ?? string.Empty;
    }
}
