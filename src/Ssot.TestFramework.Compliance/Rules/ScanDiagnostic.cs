namespace Ssot.TestFramework.Compliance.Rules;

/// <summary>
/// A file the scanner could not read or parse. Diagnostics never crash a scan, and a scan with diagnostics is never
/// silently compliant: callers decide (the CLI exits 2 unless <c>--allow-diagnostics</c>).
/// </summary>
/// <param name="File">The path relative to the scan root, with forward slashes.</param>
/// <param name="Message">What went wrong, e.g. the I/O error or the first parse error with its line.</param>
/// <remarks>Immutable and therefore thread-safe.</remarks>
public sealed record ScanDiagnostic(string File, string Message);
