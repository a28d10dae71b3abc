using System.Globalization;
using Ssot.TestFramework.Compliance.Rules;

namespace Ssot.TestFramework.Cli;

/// <summary>
/// Shows a long scan's progress on standard error: nothing during its first second, then at most one line per second,
/// <c>ssot: progress: 2 project(s) evaluated, 140 of 380 file(s) analysed, 3 s</c>. The CLI uses it only when standard
/// error is a terminal and <c>--quiet</c> is not given, so CI logs and redirected output never get these lines.
/// Thread-safe: the scan reports from several threads at once.
/// </summary>
internal sealed class ProgressWriter : IProgress<ScanProgress>
{
    /// <summary>How long a scan runs before the first line, and the least time between two lines.</summary>
    internal static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    private readonly TextWriter _stderr;
    private readonly TimeProvider _clock;
    private readonly DateTimeOffset _start;
    private readonly object _lock = new();
    private DateTimeOffset _next;

    public ProgressWriter(TextWriter stderr, TimeProvider clock)
    {
        _stderr = stderr;
        _clock = clock;
        _start = clock.GetUtcNow();
        _next = _start + Interval;
    }

    /// <inheritdoc/>
    public void Report(ScanProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        lock (_lock)
        {
            DateTimeOffset now = _clock.GetUtcNow();
            if (now < _next)
            {
                return;
            }

            _next = now + Interval;
            string files = value.Files > 0 ? $"{value.FilesAnalysed} of {value.Files}" : value.FilesAnalysed.ToString(CultureInfo.InvariantCulture);
            _stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"ssot: progress: {value.ProjectsEvaluated} project(s) evaluated, {files} file(s) analysed, {(now - _start).TotalSeconds:0} s"));
        }
    }
}
