namespace Ssot.TestFramework.Common;

/// <summary>
/// The one diagnostics channel for report I/O: a run report (metrics, expected failures, import reports) that cannot be
/// written never changes a test's verdict. It becomes one line naming the file, the operating system's reason, where
/// the results folder came from (<c>SSOT_RESULTS_DIR</c> or the default) and the fix; the host writes that line to the
/// test's output, and this channel writes it to standard error once per process.
/// </summary>
/// <remarks>Thread-safe. docs/metrics.md ("When a report cannot be written") states the policy.</remarks>
internal sealed class ReportWriteDiagnostics
{
    /// <summary>How every line of this channel starts, so a host can tell it has already written one.</summary>
    public const string Prefix = "[ssot] run report not written";

    private readonly Func<TextWriter> _stderr;
    private readonly Func<string, string?> _environment;
    private int _toldStderr;

    /// <param name="stderr">Where the once-per-process line goes.</param>
    /// <param name="environment">Reads <c>SSOT_RESULTS_DIR</c>, to say whether the folder came from it.</param>
    public ReportWriteDiagnostics(Func<TextWriter> stderr, Func<string, string?> environment)
    {
        _stderr = stderr;
        _environment = environment;
    }

    /// <summary>Gets the process's channel: the process environment, and <see cref="Console.Error"/>.</summary>
    public static ReportWriteDiagnostics Process { get; } = new(() => Console.Error, SsotSettings.ProcessEnvironment);

    /// <summary>Gets whether this channel has written its line to standard error.</summary>
    public bool ToldStderr => Volatile.Read(ref _toldStderr) == 1;

    /// <summary>
    /// Formats the line for a report that could not be written.
    /// </summary>
    /// <param name="path">The report file.</param>
    /// <param name="reason">Why, as the operating system said it.</param>
    /// <param name="environment">Reads <c>SSOT_RESULTS_DIR</c>.</param>
    /// <param name="alsoNotWritten">Other files of the same folder that could not be written either, named in the same line.</param>
    /// <returns>One line (no line break).</returns>
    public static string Describe(string path, string reason, Func<string, string?> environment, IReadOnlyCollection<string>? alsoNotWritten = null)
    {
        string variable = SsotResultsDirectory.EnvironmentVariable;
        string? overridden = new SsotSettings(environment).ResultsDirectoryText;
        string origin = overridden is null
            ? $"{variable} is unset, so the results folder is '{Path.GetDirectoryName(path)}': make that folder writable or set {variable} to a writable folder"
            : $"{variable} is '{overridden}': point {variable} at a writable folder, or unset it to use the default TestResults/ssot under the test project";
        string others = alsoNotWritten is { Count: > 0 } ? $" (nor {string.Join(", ", alsoNotWritten.Select(Path.GetFileName))})" : string.Empty;
        return $"{Prefix} (test verdicts are unchanged): cannot write '{path}'{others}: {OneLine(reason)} {origin}.";
    }

    /// <summary>
    /// Reports a report file that could not be written: formats the line and writes it to standard error the first
    /// time this channel reports anything.
    /// </summary>
    /// <param name="path">The report file.</param>
    /// <param name="reason">Why, as the operating system said it.</param>
    /// <param name="environment">Reads <c>SSOT_RESULTS_DIR</c> as the writer saw it (e.g. a test's overlay); default: this channel's.</param>
    /// <param name="alsoNotWritten">Other files of the same folder that could not be written either.</param>
    /// <returns>The line, for the output of the test at hand.</returns>
    public string Report(string path, string reason, Func<string, string?>? environment = null, IReadOnlyCollection<string>? alsoNotWritten = null)
    {
        string line = Describe(path, reason, environment ?? _environment, alsoNotWritten);
        if (Interlocked.Exchange(ref _toldStderr, 1) == 0)
        {
            try
            {
                _stderr().WriteLine(line);
            }
            catch (IOException)
            {
                // Standard error itself is gone: the line still reaches the test output.
            }
        }

        return line;
    }

    /// <summary>Reports an exception thrown while writing <paramref name="path"/> (see <see cref="Report(string, string, Func{string, string}, IReadOnlyCollection{string})"/>).</summary>
    /// <param name="path">The report file.</param>
    /// <param name="error">The I/O or access error.</param>
    /// <returns>The line, for the output of the test at hand.</returns>
    public string Report(string path, Exception error) => Report(path, error.Message);

    /// <summary>Whether <paramref name="error"/> is a failure to write a file (what this channel reports) rather than a bug.</summary>
    /// <param name="error">The exception.</param>
    /// <returns><see langword="true"/> for I/O and access errors.</returns>
    public static bool IsWriteFailure(Exception error) =>
        error is IOException or UnauthorizedAccessException or System.Security.SecurityException;

    private static string OneLine(string text) =>
        text.Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal).Trim();
}
