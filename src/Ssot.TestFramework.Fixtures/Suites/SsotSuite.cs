using System.Diagnostics.CodeAnalysis;
using Ssot.TestFramework.Fixtures.Events;
using Ssot.TestFramework.Users;
using Xunit.Abstractions;

namespace Ssot.TestFramework.Fixtures.Suites;

/// <summary>
/// The base of the four ready-made suites (<see cref="ImportComplianceSuite"/>, <see cref="FactoryComplianceSuite{TManager}"/>,
/// <see cref="UserIsolationSuite"/>, <see cref="EventOrderingSuite"/>): how a check words its failure, the seed to replay
/// it, and how the suites scale their waits by <c>SSOT_TIMEFACTOR</c>. Derive from one of the suites, not from this class.
/// </summary>
/// <remarks>
/// Every check failure is a <see cref="SuiteCheckException"/>; when another exception caused it (an assertion, a metric
/// bound, unreadable IL), that exception is its <see cref="Exception.InnerException"/>. xUnit creates one instance per
/// test, so nothing here is shared between tests.
/// </remarks>
public abstract class SsotSuite : SsotBaseTestCase
{
    private const int Shown = 10;

    /// <summary>Initializes the suite from the output helper xUnit injects.</summary>
    /// <param name="output">The <see cref="ITestOutputHelper"/> of the running test.</param>
    private protected SsotSuite(ITestOutputHelper output)
        : base(output)
    {
    }

    /// <summary>Initializes the suite with an explicit test identity (custom runners, testing the suite).</summary>
    /// <param name="output">Where test output goes.</param>
    /// <param name="identity">The running test's identity.</param>
    private protected SsotSuite(ITestOutputHelper output, SsotTestIdentity identity)
        : base(output, identity)
    {
    }

    /// <summary>Gets the replay hint for this test's seed: <c>(seed 12; replay with SSOT_SEED=12)</c>.</summary>
    private protected string Replay => $"(seed {Seed}; replay with {SsotSeed.EnvironmentVariable}={Seed})";

    /// <summary>Scales a wait by <c>SSOT_TIMEFACTOR</c> (<see cref="TimeFactor.Current"/>); infinite stays infinite.</summary>
    /// <param name="duration">The unscaled duration.</param>
    /// <returns>The scaled duration.</returns>
    private protected static TimeSpan Scaled(TimeSpan duration) => TimeFactor.Dilate(duration, TimeFactor.Current);

    /// <summary>Fails the check: the headline, at most ten problems then a count of the rest, and the replay hint.</summary>
    /// <param name="headline">What was expected.</param>
    /// <param name="problems">What was found, one line each.</param>
    /// <exception cref="SuiteCheckException">Always.</exception>
    [DoesNotReturn]
    private protected void Fail(string headline, IReadOnlyList<string> problems)
    {
        IEnumerable<string> lines = problems.Take(Shown).Select(p => "  - " + p);
        if (problems.Count > Shown)
        {
            lines = lines.Append($"  ... and {problems.Count - Shown} more");
        }

        throw new SuiteCheckException($"{headline}{Environment.NewLine}{string.Join(Environment.NewLine, lines)}{Environment.NewLine}{Replay}");
    }

    /// <summary>Gets a check failure with one message followed by the replay hint, keeping its cause.</summary>
    /// <param name="message">What was expected and what was found.</param>
    /// <param name="cause">The exception that revealed it, or <see langword="null"/>.</param>
    /// <returns>The exception to throw.</returns>
    private protected SuiteCheckException Failure(string message, Exception? cause = null) =>
        cause is null ? new SuiteCheckException($"{message} {Replay}") : new SuiteCheckException($"{message} {Replay}", cause);

    /// <summary>
    /// Runs an assertion; when it throws (anything but a <see cref="SuiteCheckException"/>), fails the check with
    /// <paramref name="expectation"/>, the assertion's message and the replay hint, the assertion's exception kept as the cause.
    /// </summary>
    /// <param name="assertion">The assertion.</param>
    /// <param name="expectation">What was expected, without a final full stop.</param>
    /// <exception cref="SuiteCheckException">The assertion threw.</exception>
    private protected void Check(Action assertion, string expectation)
    {
        try
        {
            assertion();
        }
        catch (Exception ex) when (ex is not SuiteCheckException)
        {
            throw new SuiteCheckException($"{expectation}.{Environment.NewLine}{ex.Message}{Environment.NewLine}{Replay}", ex);
        }
    }

    /// <summary>Takes the harness a socket suite's <c>CreateHarness()</c> returned for this test, and disposes it at the end of the test.</summary>
    /// <param name="created">What <c>CreateHarness()</c> returned.</param>
    /// <returns>The harness.</returns>
    /// <exception cref="SuiteCheckException"><paramref name="created"/> is <see langword="null"/>.</exception>
    private protected UserIsolationHarness StartHarness(UserIsolationHarness? created) =>
        DisposeAtEnd(created ?? throw Failure($"{GetType().Name}.CreateHarness() returned null."));

    /// <summary>Connects every user at once through <paramref name="connect"/>; any failed connect fails the check, the failures kept as the cause.</summary>
    /// <param name="users">The users.</param>
    /// <param name="connect">Connects one user.</param>
    /// <returns>The sessions, in user order.</returns>
    /// <exception cref="SuiteCheckException">A connect failed.</exception>
    private protected async Task<IReadOnlyList<UserSession>> ConnectAllAsync(IReadOnlyList<UserContext> users, Func<UserContext, CancellationToken, Task<UserSession>> connect)
    {
        ConcurrentUserRun<UserSession> connected = await Users.RunConcurrentlyAsync(users, connect).ConfigureAwait(false);
        Check(connected.ThrowIfAnyFailed, $"Expected {users.Count} users to connect at once");
        return connected.Outcomes.Select(o => o.Result!).ToList();
    }
}
