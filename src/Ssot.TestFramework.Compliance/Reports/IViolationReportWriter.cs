using Ssot.TestFramework.Compliance.Baselines;
using Ssot.TestFramework.Compliance.Rules;

namespace Ssot.TestFramework.Compliance.Reports;

/// <summary>
/// Writes a scan result as a report. Implementations are stateless and thread-safe, and their output is deterministic
/// for a given input: the only date and absolute path are the header's, from the <see cref="ReportContext"/> given.
/// </summary>
public interface IViolationReportWriter
{
    /// <summary>Gets the format name used on the command line (<c>md</c>, <c>json</c>, <c>sarif</c>).</summary>
    public string Format { get; }

    /// <summary>Gets the usual file extension including the dot, e.g. <c>.sarif</c>.</summary>
    public string FileExtension { get; }

    /// <summary>Writes the report.</summary>
    /// <param name="result">The scan result.</param>
    /// <param name="comparison">The baseline comparison, or <see langword="null"/> when no baseline is used; when given,
    /// known violations are marked as baselined.</param>
    /// <param name="context">The run's facts for the header (date, commit, roots, registry), or <see langword="null"/>
    /// for a report without a header.</param>
    /// <param name="output">Where to write.</param>
    public void Write(ScanResult result, BaselineComparison? comparison, ReportContext? context, TextWriter output);
}
