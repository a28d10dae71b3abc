namespace Ssot.TestFramework.Compliance.Reports;

/// <summary>The built-in report writers. Thread-safe.</summary>
public static class ReportWriters
{
    /// <summary>Gets every built-in writer: Markdown, JSON, SARIF.</summary>
    public static IReadOnlyList<IViolationReportWriter> All { get; } =
        [new MarkdownReportWriter(), new JsonReportWriter(), new SarifReportWriter()];

    /// <summary>Finds a writer by format name (case-insensitive).</summary>
    /// <param name="format">The format: <c>md</c>, <c>json</c> or <c>sarif</c>.</param>
    /// <returns>The writer, or <see langword="null"/> when the format is unknown.</returns>
    public static IViolationReportWriter? ForFormat(string format)
    {
        ArgumentNullException.ThrowIfNull(format);
        return All.FirstOrDefault(w => string.Equals(w.Format, format, StringComparison.OrdinalIgnoreCase));
    }
}
