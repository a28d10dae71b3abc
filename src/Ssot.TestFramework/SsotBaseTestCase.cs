using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using System.Runtime.CompilerServices;
using Ssot.TestFramework.Environments;
using Ssot.TestFramework.Metrics;
using Ssot.TestFramework.Mocks;
using Ssot.TestFramework.Sdk;
using Ssot.TestFramework.Users;
using Xunit;
using Xunit.Abstractions;

namespace Ssot.TestFramework;

/// <summary>
/// Base class for xUnit v2 test classes of an SSOT migration. It gives each test its identity, a reproducible seed,
/// LIFO cleanups, an isolated environment overlay, strict seeded mocks, user contexts and metric recording.
/// </summary>
/// <remarks>
/// <para>xUnit creates one instance per test, so nothing here is shared between tests; members are thread-safe where
/// they say so, for operations of one test running concurrently.</para>
/// <para>At the end of the test (<see cref="IAsyncLifetime.DisposeAsync"/>), in this order: <see cref="TearDownAsync"/>,
/// the cleanups last-in-first-out (which also restore process environment variables), verification of the strict
/// mocks, the metrics are written, then <see cref="Dispose(bool)"/>. Every failure among these is collected, none stops
/// the others, and together they fail the test; a metrics report that cannot be written is not a failure (one line in
/// the output says so). When <see cref="SetUpAsync"/> fails, xUnit v2 does not call <see cref="IAsyncLifetime.DisposeAsync"/>:
/// the same end runs right after the failure (the cleanups registered before it still run; no tear-down and no mock
/// verification, as the test never ran), and the test fails with the set-up's exception. Derived classes override <see cref="SetUpAsync"/>, <see cref="TearDownAsync"/> and
/// <see cref="Dispose(bool)"/> rather than re-implementing the interface.</para>
/// <para>The class implements <see cref="IAsyncLifetime"/> only, not <see cref="IDisposable"/>: xUnit v2 sends two
/// messages through the whole runner pipeline for every test of a disposable class (test class dispose starting and
/// finished), about a fifth of a passing test's messages, and <see cref="Dispose(bool)"/> runs at the end of
/// <see cref="IAsyncLifetime.DisposeAsync"/> instead. A derived class may still implement <see cref="IDisposable"/>;
/// xUnit then calls its <c>Dispose()</c> after everything here.</para>
/// </remarks>
public abstract class SsotBaseTestCase : IAsyncLifetime
{
    // Assembly.GetName() parses and allocates on every call; a test assembly's name is read once.
    private static readonly ConcurrentDictionary<Assembly, string?> s_assemblyNames = new();

    private readonly CleanupStack _cleanups = new();
    private readonly object _environmentGate = new();
    private readonly long _startedTimestamp;
    private readonly long _startedAllocatedBytes;
    private SsotMockFactory? _mocks;
    private UserContextHelper? _users;
    private EnvironmentOverlay? _env;
    private MetricRecorder? _metrics;
    private ProcessEnvironmentScope? _processEnvironment;
    private Common.SsotProjectDirectoryResult? _projectDirectory;
    private int _finished;

    /// <summary>
    /// Initializes the test with the identity of the running test: class, method and display name (with theory
    /// arguments) for <c>[SsotFact]</c>, <c>[SsotTheory]</c> and <c>[ExpectedToFail*]</c> tests, and for every test
    /// when the package's <c>SsotTestFramework</c> runs; otherwise read from xUnit's own output helper. When neither
    /// can tell (e.g. a wrapping output helper, plain <c>[Fact]</c>, <c>SsotTestFramework=false</c>) the identity is the
    /// class's alone (method <c>(test method unknown)</c>, display name the class name): the seed stays deterministic
    /// and <c>SSOT_SEED</c> overrides it. See <c>docs/base-test-case.md</c>, "How a test knows its identity".
    /// </summary>
    /// <param name="output">The <see cref="ITestOutputHelper"/> the test class is given (xUnit's, or a wrapper of it).</param>
    /// <exception cref="ArgumentException"><c>SSOT_SEED</c> is set but is not a whole number.</exception>
    protected SsotBaseTestCase(ITestOutputHelper output)
        : this(identity: null, output)
    {
    }

    /// <summary>Initializes the test with an explicit identity (for custom runners and for testing the kit).</summary>
    /// <param name="output">Where test output goes.</param>
    /// <param name="identity">The identity of the running test.</param>
    /// <exception cref="Common.SsotSettingException"><c>SSOT_SEED</c> is set but is not a whole number.</exception>
    protected SsotBaseTestCase(ITestOutputHelper output, SsotTestIdentity identity)
        : this(identity ?? throw new ArgumentNullException(nameof(identity)), output)
    {
    }

    /// <summary>Both public constructors: <paramref name="identity"/> <see langword="null"/> resolves it for this class.</summary>
    private SsotBaseTestCase(SsotTestIdentity? identity, ITestOutputHelper output)
    {
        ArgumentNullException.ThrowIfNull(output);
        identity ??= SsotTestIdentityResolver.Resolve(output, GetType());
        Identity = identity;
        Output = new SsotOutput(output);
        Seed = Common.SsotSettings.Process.Seed ?? SsotSeed.Derive(identity);

        // The seed matters when the test fails: a kit bus that saw this test start shows the line then, and only then
        // (docs/base-test-case.md); without one (the kit's test framework off, plain [Fact]) it is written now.
        string seedLine = $"[ssot] seed {Seed} for {identity.DisplayName} (replay with {SsotSeed.EnvironmentVariable}={Seed})";
        if (SsotCurrentTest.Of(GetType().FullName ?? GetType().Name) is { } running)
        {
            running.ShowOnFailure(seedLine);
        }
        else
        {
            Output.WriteLine(seedLine);
        }

        _startedAllocatedBytes = GC.GetTotalAllocatedBytes(precise: false);
        _startedTimestamp = Stopwatch.GetTimestamp();
    }

    /// <summary>Gets the running test's class, method and display name.</summary>
    protected SsotTestIdentity Identity { get; }

    /// <summary>Gets the test's seed: derived from <see cref="Identity"/>, or the value of <c>SSOT_SEED</c> when set.</summary>
    protected int Seed { get; }

    /// <summary>Gets helpers that write to the xUnit test output (reaches TRX and Test Explorer).</summary>
    protected SsotOutput Output { get; }

    /// <summary>Gets this test's environment overlay: values set here are invisible to other tests and to the process.</summary>
    /// <remarks>Created on first use (thread-safe); a test that never reads it pays nothing for it.</remarks>
    protected EnvironmentOverlay Env => _env ?? Created(ref _env, new EnvironmentOverlay());

    /// <summary>
    /// Gets this test's metric recorder. Wall time and allocated bytes are added automatically; a metric can be held to
    /// the metrics baseline (<see cref="MetricBaselinePath"/>) with <see cref="RecordedMetric.AtMostBaseline"/>, keyed by
    /// the test's display name and the metric's name, with <c>CI</c> and <c>SSOT_UPDATE_BASELINE</c> read through <see cref="Env"/>.
    /// Created on first use (thread-safe).
    /// </summary>
    protected MetricRecorder Metrics => _metrics ?? Created(ref _metrics, new MetricRecorder(new MetricBaselineBinding(
        () => new MetricBaseline(ResolveMetricBaselinePath(), Env.Get),
        () => Identity.DisplayName,
        Output.WriteLine,
        path => Common.RunNotices.Process.Add($"[ssot] metrics baseline written: {path}; commit it"))));

    /// <summary>
    /// Gets the metrics baseline file; a relative path is resolved against the test project's folder (the folder the
    /// package's build stamped into the test assembly, else the nearest folder with a <c>*.csproj</c> above the test
    /// binaries), like the import suite's registry and baseline. Read only when a metric is held to it.
    /// Default: <see cref="MetricBaseline.DefaultFileName"/> (<c>ssot-metrics.baseline.json</c>).
    /// </summary>
    protected virtual string MetricBaselinePath => MetricBaseline.DefaultFileName;

    /// <summary>Gets this test's strict mocks and seeded fakers (created on first use; verified at the end of the test).</summary>
    protected SsotMockFactory Mocks => _mocks ?? Created(ref _mocks, new SsotMockFactory(Seed));

    /// <summary>
    /// Gets the user-context helper: seeded user contexts (the same generator as <see cref="SsotMockFactory.CreateUserContext"/>),
    /// start-gated concurrent runs per user, and isolation assertions.
    /// </summary>
    /// <remarks>Created on first use (thread-safe), with <see cref="Mocks"/>.</remarks>
    protected UserContextHelper Users => _users ?? Created(ref _users, new UserContextHelper(Mocks.UserContexts));

    /// <summary>Gets or sets whether this test's metrics go to the run's <c>metrics.json</c>/<c>metrics.md</c>. Default <see langword="true"/>.</summary>
    protected bool WriteMetricsReport { get; set; } = true;

    /// <summary>Gets or sets the store this test's metrics go to; <see langword="null"/> (default): the process's. For testing the kit.</summary>
    internal MetricsStore? MetricsReportStore { get; set; }

    /// <summary>Registers a cleanup that runs at the end of the test, last registered first.</summary>
    /// <param name="cleanup">The callback; if it throws, the others still run and the test fails.</param>
    /// <param name="name">A name for failure messages; defaults to the callback's source text.</param>
    protected void AddCleanup(Action cleanup, [CallerArgumentExpression(nameof(cleanup))] string? name = null)
    {
        ArgumentNullException.ThrowIfNull(cleanup);
        _cleanups.Push(name ?? "cleanup", () =>
        {
            cleanup();
            return Task.CompletedTask;
        });
    }

    /// <summary>Registers an asynchronous cleanup that runs at the end of the test, last registered first.</summary>
    /// <param name="cleanup">The callback; if it throws, the others still run and the test fails.</param>
    /// <param name="name">A name for failure messages; defaults to the callback's source text.</param>
    protected void AddCleanup(Func<Task> cleanup, [CallerArgumentExpression(nameof(cleanup))] string? name = null)
    {
        ArgumentNullException.ThrowIfNull(cleanup);
        _cleanups.Push(name ?? "cleanup", cleanup);
    }

    /// <summary>Disposes <paramref name="resource"/> at the end of the test (as a cleanup) and returns it.</summary>
    /// <typeparam name="T">The resource type.</typeparam>
    /// <param name="resource">The resource.</param>
    /// <returns><paramref name="resource"/>.</returns>
    protected T DisposeAtEnd<T>(T resource)
        where T : IAsyncDisposable
    {
        ArgumentNullException.ThrowIfNull(resource);
        _cleanups.Push($"dispose {resource.GetType().Name}", () => resource.DisposeAsync().AsTask());
        return resource;
    }

    /// <summary>
    /// Sets a real process environment variable until the end of the test, then restores its exact previous value
    /// (or unsets it if it was unset). Tests that set the same variable this way run one after the other.
    /// Prefer <see cref="Env"/> wherever the code under test can take a <c>Func&lt;string, string?&gt;</c> (pass <c>Env.Get</c>).
    /// </summary>
    /// <param name="name">The variable's name.</param>
    /// <param name="value">The value; <see langword="null"/> unsets it.</param>
    protected void SetProcessEnvironmentVariable(string name, string? value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ProcessEnvironmentScope scope;
        lock (_environmentGate)
        {
            if (_processEnvironment is null)
            {
                _processEnvironment = new ProcessEnvironmentScope(Identity.DisplayName);
                ProcessEnvironmentScope created = _processEnvironment;
                _cleanups.Push("restore process environment", () =>
                {
                    created.Dispose();
                    return Task.CompletedTask;
                });
            }

            scope = _processEnvironment;
        }

        scope.Set(name, value);
    }

    /// <summary>Records a metric of this test (shortcut for <see cref="Metrics"/>).</summary>
    /// <param name="name">The metric's name.</param>
    /// <param name="value">The value; finite.</param>
    /// <param name="unit">The unit.</param>
    /// <returns>The recorded metric, on which a bound such as <see cref="RecordedMetric.AtMost"/> can be stated.</returns>
    protected RecordedMetric RecordMetric(string name, double value, string unit) => Metrics.Record(name, value, unit);

    /// <summary>Starts a timer that records its elapsed milliseconds under <paramref name="name"/> when disposed.</summary>
    /// <param name="name">The metric's name.</param>
    /// <returns>The running timer.</returns>
    protected MetricTimer Measure(string name) => Metrics.Measure(name);

    /// <summary>Publishes <paramref name="created"/> into <paramref name="field"/> unless another thread did first; returns the winner.</summary>
    private static T Created<T>(ref T? field, T created)
        where T : class =>
        Interlocked.CompareExchange(ref field, created, null) ?? created;

    private string ResolveMetricBaselinePath()
    {
        string path = MetricBaselinePath;
        if (Path.IsPathRooted(path))
        {
            return Path.GetFullPath(path);
        }

        _projectDirectory ??= Common.SsotProjectDirectory.For(GetType().Assembly);
        return _projectDirectory.ResolvePath(path);
    }

    /// <summary>Runs before the test method. Override for asynchronous set-up. Default: does nothing.</summary>
    /// <returns>A task.</returns>
    protected virtual Task SetUpAsync() => Task.CompletedTask;

    /// <summary>Runs after the test method and before the cleanups. Default: does nothing.</summary>
    /// <returns>A task.</returns>
    protected virtual Task TearDownAsync() => Task.CompletedTask;

    /// <summary>
    /// Releases resources: the last step of the end of the test, after the metrics are written (also when
    /// <see cref="SetUpAsync"/> failed). Default: does nothing. If it throws, the test fails.
    /// </summary>
    /// <param name="disposing">Always <see langword="true"/>: the kit calls it at the end of the test, never from a finalizer.</param>
    protected virtual void Dispose(bool disposing)
    {
    }

    /// <inheritdoc />
    Task IAsyncLifetime.InitializeAsync()
    {
        Task setUp;
        try
        {
            setUp = SetUpAsync();
        }
        catch (Exception ex)
        {
            setUp = Task.FromException(ex);
        }

        return setUp.IsCompletedSuccessfully ? setUp : AwaitSetUpAsync(setUp);
    }

    /// <inheritdoc />
    Task IAsyncLifetime.DisposeAsync() => FinishAsync(setUpFailure: null);

    /// <summary>Awaits a set-up that did not complete at once; when it fails, runs the end of the test (xUnit v2 will not).</summary>
    private async Task AwaitSetUpAsync(Task setUp)
    {
        try
        {
            await setUp.ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            await FinishAsync(setUpFailure: ex).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>The end of the test; <paramref name="setUpFailure"/> when it runs because the set-up failed (its failures then
    /// come after the set-up's, which alone is rethrown by the caller when nothing else failed).</summary>
    private async Task FinishAsync(Exception? setUpFailure)
    {
        if (Interlocked.Exchange(ref _finished, 1) == 1)
        {
            return;
        }

        TimeSpan wallTime = Stopwatch.GetElapsedTime(_startedTimestamp);
        long allocated = GC.GetTotalAllocatedBytes(precise: false) - _startedAllocatedBytes;
        var failures = new List<Exception>();
        if (setUpFailure is null)
        {
            try
            {
                await TearDownAsync().ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                failures.Add(new SsotCleanupException($"TearDownAsync failed: {ex.GetType().FullName}: {ex.Message}", ex));
            }
        }

        if (_cleanups.Count > 0)
        {
            failures.AddRange(await _cleanups.RunAsync().ConfigureAwait(false));
        }

        // After a failed set-up the test never ran: an unmet set-up of a strict mock says nothing then.
        if (setUpFailure is null && Volatile.Read(ref _mocks) is { } mocks)
        {
            try
            {
                mocks.VerifyAll();
            }
            catch (Exception ex)
            {
                failures.Add(new SsotCleanupException($"Strict mock verification failed (a set-up call never happened): {ex.Message}", ex));
            }
        }

        try
        {
            PublishMetrics(wallTime, allocated);
        }
        catch (Exception ex)
        {
            failures.Add(new SsotCleanupException($"Writing the test's metrics failed: {ex.Message}", ex));
        }

        try
        {
            Dispose(disposing: true);
        }
        catch (Exception ex)
        {
            failures.Add(new SsotCleanupException($"Dispose failed: {ex.GetType().FullName}: {ex.Message}", ex));
        }

        if (setUpFailure is not null && failures.Count > 0)
        {
            failures.Insert(0, new SsotCleanupException($"SetUpAsync failed: {setUpFailure.GetType().FullName}: {setUpFailure.Message}", setUpFailure));
        }

        CleanupStack.Throw(failures);
    }

    private void PublishMetrics(TimeSpan wallTime, long allocated)
    {
        var wallTimeSample = new MetricSample("wall_time", wallTime.TotalMilliseconds, "ms");
        var allocatedSample = new MetricSample("allocated_bytes", Math.Max(0, allocated), "bytes");

        // A test that recorded nothing itself never creates a recorder: its two samples are built directly.
        MetricRecorder? recorder = Volatile.Read(ref _metrics);
        IReadOnlyList<MetricSample> samples = recorder is not null
            ? [.. recorder.Snapshot(), wallTimeSample, allocatedSample]
            : [wallTimeSample, allocatedSample];
        // The metrics go to the run's report; the output shows them when the test recorded metrics of its own, or when
        // the report does not take them (turned off, or it cannot be written), so they are never lost (docs/metrics.md).
        bool show = recorder is not null || !WriteMetricsReport;
        if (WriteMetricsReport)
        {
            var record = new TestMetrics(Identity.DisplayName, Identity.ClassName, Identity.MethodName, Seed, samples);

            // A journal that cannot be written never fails the test: one line says why and what to do (docs/metrics.md).
            if ((MetricsReportStore ?? MetricsStore.Process).Add(record, s_assemblyNames.GetOrAdd(GetType().Assembly, static a => a.GetName().Name)) is { } unwritten)
            {
                Output.WriteReportFailure(unwritten);
                show = true;
            }
        }

        if (show)
        {
            foreach (MetricSample sample in samples)
            {
                Output.WriteLine($"[ssot-metric] {sample.Name} = {RecordedMetric.Format(sample.Value)} {sample.Unit}");
            }
        }
    }
}
