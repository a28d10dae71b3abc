using System.Globalization;
using Xunit.Abstractions;

namespace Ssot.TestFramework;

/// <summary>
/// Writes to the xUnit test output, which reaches <c>dotnet test</c>, the TRX file (<c>StdOut</c>) and Test Explorer.
/// </summary>
/// <remarks>Thread-safe (xUnit's output helper serialises writes). Writing after the test has finished throws
/// <see cref="InvalidOperationException"/>, as xUnit's helper does.</remarks>
public sealed class SsotOutput
{
    private readonly ITestOutputHelper _output;
    private int _reportFailureWritten;

    /// <summary>Initializes a new instance over xUnit's output helper.</summary>
    /// <param name="output">The helper xUnit injected into the test class.</param>
    public SsotOutput(ITestOutputHelper output)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = output;
    }

    /// <summary>Gets the underlying xUnit output helper (for testing the kit).</summary>
    internal ITestOutputHelper Helper => _output;

    /// <summary>
    /// Writes the line that says a run report could not be written (<c>ReportWriteDiagnostics</c>), at most once per
    /// test: the first such line names the file and the fix, and every report of the run goes to the same folder.
    /// </summary>
    /// <param name="line">The line.</param>
    internal void WriteReportFailure(string line)
    {
        if (Interlocked.Exchange(ref _reportFailureWritten, 1) == 0)
        {
            _output.WriteLine(line);
        }
    }

    /// <summary>Writes a line.</summary>
    /// <param name="message">The text.</param>
    public void WriteLine(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        _output.WriteLine(message);
    }

    /// <summary>Writes a formatted line (invariant culture).</summary>
    /// <param name="format">A composite format string.</param>
    /// <param name="args">The values to format.</param>
    public void WriteLine(string format, params object?[] args)
    {
        ArgumentNullException.ThrowIfNull(format);
        _output.WriteLine(string.Format(CultureInfo.InvariantCulture, format, args));
    }

    /// <summary>Writes a section heading, e.g. <c>== Arrange ==</c>.</summary>
    /// <param name="title">The heading.</param>
    public void Section(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        _output.WriteLine($"== {title} ==");
    }

    /// <summary>Writes <c>label: value</c> (invariant culture).</summary>
    /// <param name="label">The label.</param>
    /// <param name="value">The value; <see langword="null"/> is written as <c>(null)</c>.</param>
    public void Value(string label, object? value)
    {
        ArgumentNullException.ThrowIfNull(label);
        _output.WriteLine($"{label}: {Convert.ToString(value, CultureInfo.InvariantCulture) ?? "(null)"}");
    }

    /// <summary>Writes each item on its own line, prefixed by <c>- </c>, after an optional heading.</summary>
    /// <param name="heading">The heading line, or <see langword="null"/>.</param>
    /// <param name="items">The items.</param>
    public void List(string? heading, IEnumerable<object?> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (heading is not null)
        {
            _output.WriteLine(heading);
        }

        foreach (object? item in items)
        {
            _output.WriteLine($"- {Convert.ToString(item, CultureInfo.InvariantCulture) ?? "(null)"}");
        }
    }
}
