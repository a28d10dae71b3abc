namespace Ssot.TestFramework.Compliance.Run;

/// <summary>A report file that <see cref="ComplianceRun"/> could not write.</summary>
/// <param name="Path">The absolute path of the report.</param>
/// <param name="Reason">Why it could not be written, as the operating system said it.</param>
/// <remarks>Immutable and therefore thread-safe.</remarks>
public sealed record ReportFailure(string Path, string Reason);
