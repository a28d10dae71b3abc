using System.Text;
using Ssot.TestFramework.Reports;

namespace Ssot.TestFramework.Metrics;

/// <summary>
/// Collects the metrics of every finished test of the process and keeps the run's report files up to date.
/// </summary>
/// <remarks>
/// Thread-safe. Each <see cref="AddAsync"/> returns only once a report that contains its test is on disk, so no
/// test's metrics are lost when the process ends. Writes are serialised and coalesced: when many tests finish at
/// once, one write covers all of them. Each file is written to a temporary name and moved into place, so readers
/// never see a half-written report.
/// </remarks>
internal sealed class MetricsStore
{
    private static readonly Lazy<MetricsStore> s_process = new(
        () => new MetricsStore(SsotResultsDirectory.Resolve(), [new JsonMetricsReportWriter(), new MarkdownMetricsReportWriter()]),
        LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly object _gate = new();
    private readonly List<TestMetrics> _tests = [];
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly IReadOnlyList<IMetricsReportWriter> _writers;
    private long _version;
    private long _writtenVersion;

    public MetricsStore(string directory, IReadOnlyList<IMetricsReportWriter> writers)
    {
        Directory = directory;
        _writers = writers;
    }

    public static MetricsStore Process => s_process.Value;

    public string Directory { get; }

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _tests.Count;
            }
        }
    }

    public async Task AddAsync(TestMetrics metrics)
    {
        long version;
        lock (_gate)
        {
            _tests.Add(metrics);
            version = ++_version;
        }

        await _writeLock.WaitAsync().ConfigureAwait(false);
        try
        {
            if (Interlocked.Read(ref _writtenVersion) >= version)
            {
                return;
            }

            List<TestMetrics> snapshot;
            long snapshotVersion;
            lock (_gate)
            {
                snapshot = [.. _tests];
                snapshotVersion = _version;
            }

            Write(MetricsReport.Build(snapshot));
            Interlocked.Exchange(ref _writtenVersion, snapshotVersion);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private void Write(MetricsReport report)
    {
        foreach (IMetricsReportWriter writer in _writers)
        {
            string target = Path.Combine(Directory, writer.FileName);
            string temporary = Path.Combine(Directory, $".{writer.FileName}.{Environment.ProcessId}.tmp");
            try
            {
                System.IO.Directory.CreateDirectory(Directory);
                using (var stream = new StreamWriter(temporary, append: false, new UTF8Encoding(false)))
                {
                    writer.Write(report, stream);
                }

                File.Move(temporary, target, overwrite: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new IOException(
                    $"Could not write the metrics report '{target}': {ex.Message} Make the folder writable or point {SsotResultsDirectory.EnvironmentVariable} at one that is.",
                    ex);
            }
        }
    }
}
