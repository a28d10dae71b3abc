using System.Text.Json;
using Ssot.TestFramework.Compliance.Rules;

namespace Ssot.TestFramework.Compliance.Reports;

/// <summary>
/// Reads a scan back from the JSON report that <see cref="JsonReportWriter"/> wrote (the result cache stores exactly
/// that report). Stateless and thread-safe.
/// </summary>
internal static class JsonReportReader
{
    /// <summary>Reads the scan in <paramref name="report"/>.</summary>
    /// <exception cref="KeyNotFoundException">A field the writer always writes is missing.</exception>
    /// <exception cref="InvalidOperationException">A field has another JSON kind than the writer's.</exception>
    public static ScanResult Read(JsonElement report, string root, TimeSpan elapsed)
    {
        JsonElement engine = report.GetProperty("engine");
        JsonElement summary = report.GetProperty("summary");
        Violation[] violations = report.GetProperty("violations").EnumerateArray().Select(v => new Violation(
            v.GetProperty("ruleId").GetString()!, v.GetProperty("file").GetString()!, v.GetProperty("line").GetInt32(), v.GetProperty("column").GetInt32(),
            v.GetProperty("symbol").GetString()!, v.GetProperty("reached").GetString()!, v.GetProperty("replacement").GetString()!,
            v.GetProperty("issue").GetString(), v.GetProperty("enclosingMember").GetString()!, v.GetProperty("message").GetString()!,
            v.TryGetProperty("targetFrameworks", out JsonElement tfms) ? tfms.GetString() : null)
        {
            EndLine = v.GetProperty("endLine").GetInt32(),
            EndColumn = v.GetProperty("endColumn").GetInt32(),
        }).ToArray();
        ScanDiagnostic[] diagnostics = report.GetProperty("diagnostics").EnumerateArray()
            .Select(d => new ScanDiagnostic(d.GetProperty("file").GetString()!, d.GetProperty("message").GetString()!)).ToArray();
        var info = new EngineInfo(
            engine.GetProperty("mode").GetString()!,
            engine.GetProperty("projects").GetInt32(),
            engine.GetProperty("targetFrameworks").EnumerateArray().Select(t => t.GetString()!).ToArray(),
            engine.GetProperty("approximateFiles").GetInt32());
        string[] warnings = engine.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()!).ToArray();
        var statistics = new ScanStatistics(summary.GetProperty("filesScanned").GetInt32(), summary.GetProperty("filesAnalysed").GetInt32(), elapsed);
        return new ScanResult(root, violations, diagnostics, statistics, info, warnings);
    }
}
