using System.Text.Json;
using Ssot.TestFramework.Common;
using Ssot.TestFramework.Compliance.Baselines;
using Ssot.TestFramework.Compliance.Rules;

namespace Ssot.TestFramework.Compliance.Reports;

/// <summary>
/// JSON report (<c>formatVersion</c> 2): <c>run</c> (date, commit, roots, registry, baseline; only when a
/// <see cref="ReportContext"/> is given), <c>engine</c>, <c>summary</c> (counts per rule and totals), <c>violations</c> (every field of <see cref="Violation"/>
/// plus <c>baselined</c>), <c>fixed</c> and <c>diagnostics</c>. Format described in <c>docs/import-rules.md</c>.
/// Stateless and thread-safe.
/// </summary>
public sealed class JsonReportWriter : IViolationReportWriter
{
    /// <inheritdoc />
    public string Format => "json";

    /// <inheritdoc />
    public string FileExtension => ".json";

    /// <inheritdoc />
    public void Write(ScanResult result, BaselineComparison? comparison, ReportContext? context, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        HashSet<Violation> known = ReportModel.Known(comparison);
        string json = ReportJson.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("tool", "ssot");
            w.WriteNumber("formatVersion", 2);
            if (context is not null)
            {
                WriteRun(w, context);
            }

            w.WriteStartObject("engine");
            w.WriteString("mode", result.Engine.Mode);
            w.WriteString("label", result.Engine.Label);
            w.WriteNumber("projects", result.Engine.Projects);
            w.WriteStartArray("targetFrameworks");
            foreach (string tfm in result.Engine.TargetFrameworks)
            {
                w.WriteStringValue(tfm);
            }

            w.WriteEndArray();
            w.WriteNumber("approximateFiles", result.Engine.ApproximateFiles);
            w.WriteStartArray("warnings");
            foreach (string warning in result.Warnings)
            {
                w.WriteStringValue(warning);
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteStartObject("summary");
            w.WriteNumber("violations", result.Violations.Count);
            w.WriteNumber("new", comparison?.NewViolations.Count ?? result.Violations.Count);
            w.WriteNumber("baselined", known.Count);
            w.WriteNumber("fixed", comparison?.FixedEntries.Sum(f => f.FixedCount) ?? 0);
            w.WriteNumber("diagnostics", result.Diagnostics.Count);
            w.WriteNumber("filesScanned", result.Statistics.FilesScanned);
            w.WriteNumber("filesAnalysed", result.Statistics.CandidateFiles);
            w.WriteStartObject("byRule");
            foreach (KeyValuePair<string, int> pair in result.CountByRule())
            {
                w.WriteNumber(pair.Key, pair.Value);
            }

            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteStartArray("violations");
            foreach (Violation v in result.Violations)
            {
                w.WriteStartObject();
                w.WriteString("ruleId", v.RuleId);
                w.WriteString("file", v.File);
                w.WriteNumber("line", v.Line);
                w.WriteNumber("column", v.Column);
                w.WriteNumber("endLine", v.EndLine);
                w.WriteNumber("endColumn", v.EndColumn);
                w.WriteString("symbol", v.Symbol);
                w.WriteString("reached", v.Reached);
                w.WriteString("replacement", v.Replacement);
                if (v.TargetFrameworks is not null)
                {
                    w.WriteString("targetFrameworks", v.TargetFrameworks);
                }

                if (v.Issue is null)
                {
                    w.WriteNull("issue");
                }
                else
                {
                    w.WriteString("issue", v.Issue);
                }

                w.WriteString("enclosingMember", v.EnclosingMember);
                w.WriteString("message", v.Message);
                w.WriteBoolean("baselined", known.Contains(v));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("fixed");
            foreach (FixedBaselineEntry f in comparison?.FixedEntries ?? [])
            {
                w.WriteStartObject();
                w.WriteString("ruleId", f.Key.Rule);
                w.WriteString("file", f.Key.File);
                w.WriteString("enclosingMember", f.Key.Member);
                w.WriteString("symbol", f.Key.Symbol);
                w.WriteNumber("baselineCount", f.BaselineCount);
                w.WriteNumber("actualCount", f.ActualCount);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("diagnostics");
            foreach (ScanDiagnostic d in result.Diagnostics)
            {
                w.WriteStartObject();
                w.WriteString("file", d.File);
                w.WriteString("message", d.Message);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });

        output.Write(json);
        output.Write('\n');
    }

    private static void WriteRun(Utf8JsonWriter w, ReportContext context)
    {
        w.WriteStartObject("run");
        w.WriteString("date", context.GeneratedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture));
        WriteNullable(w, "commit", context.Commit);
        w.WriteString("repositoryRoot", context.RepositoryRoot);
        w.WriteString("scanRoot", context.ScanRoot);
        w.WriteString("registry", context.RegistryPath);
        WriteNullable(w, "baseline", context.BaselinePath);
        w.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }
}
