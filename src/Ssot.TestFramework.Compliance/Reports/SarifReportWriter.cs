using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Ssot.TestFramework.Common;
using Ssot.TestFramework.Compliance.Baselines;
using Ssot.TestFramework.Compliance.Rules;

namespace Ssot.TestFramework.Compliance.Reports;

/// <summary>
/// SARIF 2.1.0 report for code-scanning viewers: one run, the six rules, one result per violation with a repo-relative
/// location and a <c>partialFingerprints</c> value that survives line moves (hash of rule, file, enclosing member,
/// symbol and occurrence index). Baselined violations get <c>baselineState: unchanged</c> and level <c>note</c>;
/// diagnostics become tool execution notifications. Stateless and thread-safe.
/// </summary>
public sealed class SarifReportWriter : IViolationReportWriter
{
    /// <summary>The <c>$schema</c> value written.</summary>
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>The fingerprint key in <c>partialFingerprints</c>.</summary>
    public const string FingerprintKey = "ssotKey/v1";

    /// <inheritdoc />
    public string Format => "sarif";

    /// <inheritdoc />
    public string FileExtension => ".sarif";

    /// <summary>Computes the stable fingerprint of a violation.</summary>
    /// <param name="violation">The violation.</param>
    /// <param name="occurrence">Its 0-based index among violations with the same rule, file, member and symbol.</param>
    /// <returns>A lowercase hex SHA-256 prefix (32 characters).</returns>
    internal static string Fingerprint(Violation violation, int occurrence)
    {
        ArgumentNullException.ThrowIfNull(violation);
        string key = string.Join('\u001f', violation.RuleId, violation.File, violation.EnclosingMember, violation.Symbol, occurrence.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..32].ToLowerInvariant();
    }

    /// <inheritdoc />
    public void Write(ScanResult result, BaselineComparison? comparison, ReportContext? context, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        HashSet<Violation> known = ReportModel.Known(comparison);
        Dictionary<Violation, int> occurrences = ReportModel.OccurrenceIndexes(result.Violations);
        var ruleIds = SsotRuleIds.All.Select(r => r.Id).ToList();
        string json = ReportJson.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("$schema", SchemaUri);
            w.WriteString("version", "2.1.0");
            w.WriteStartArray("runs");
            w.WriteStartObject();
            WriteTool(w);
            w.WriteStartArray("results");
            foreach (Violation v in result.Violations)
            {
                bool isKnown = known.Contains(v);
                w.WriteStartObject();
                w.WriteString("ruleId", v.RuleId);
                w.WriteNumber("ruleIndex", ruleIds.IndexOf(v.RuleId));
                w.WriteString("level", isKnown ? "note" : "error");
                w.WriteStartObject("message");
                w.WriteString("text", v.Message);
                w.WriteEndObject();
                w.WriteStartArray("locations");
                WriteLocation(w, v.File, v.Line, v.Column, v.EndLine, v.EndColumn);
                w.WriteEndArray();
                w.WriteStartObject("partialFingerprints");
                w.WriteString(FingerprintKey, Fingerprint(v, occurrences[v]));
                w.WriteEndObject();
                if (comparison is not null)
                {
                    w.WriteString("baselineState", isKnown ? "unchanged" : "new");
                }

                w.WriteStartObject("properties");
                w.WriteString("symbol", v.Symbol);
                w.WriteString("reached", v.Reached);
                w.WriteString("replacement", v.Replacement);
                w.WriteString("enclosingMember", v.EnclosingMember);
                if (v.TargetFrameworks is not null)
                {
                    w.WriteString("targetFrameworks", v.TargetFrameworks);
                }

                if (v.Issue is not null)
                {
                    w.WriteString("issue", v.Issue);
                }

                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            WriteInvocation(w, result, context);
            w.WriteStartObject("originalUriBaseIds");
            w.WriteStartObject("%SRCROOT%");
            w.WriteString("uri", new Uri(result.Root.EndsWith('/') ? result.Root : result.Root + "/").AbsoluteUri);
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteStartObject("properties");
            w.WriteString("engine", result.Engine.Label);
            if (context is not null)
            {
                if (context.Commit is not null)
                {
                    w.WriteString("commit", context.Commit);
                }

                w.WriteString("scanRoot", context.ScanRoot);
                w.WriteString("registry", context.RegistryPath);
                if (context.BaselinePath is not null)
                {
                    w.WriteString("baseline", context.BaselinePath);
                }
            }

            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        });

        output.Write(json);
        output.Write('\n');
    }

    private static void WriteTool(Utf8JsonWriter w)
    {
        w.WriteStartObject("tool");
        w.WriteStartObject("driver");
        w.WriteString("name", "ssot");
        w.WriteString("semanticVersion", typeof(SarifReportWriter).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
        w.WriteStartArray("rules");
        foreach (SsotRule rule in SsotRuleIds.All)
        {
            w.WriteStartObject();
            w.WriteString("id", rule.Id);
            w.WriteString("name", rule.Name);
            Text(w, "shortDescription", rule.ShortDescription);
            Text(w, "fullDescription", rule.FullDescription);
            Text(w, "help", rule.Help);
            w.WriteStartObject("defaultConfiguration");
            w.WriteString("level", "error");
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteInvocation(Utf8JsonWriter w, ScanResult result, ReportContext? context)
    {
        w.WriteStartArray("invocations");
        w.WriteStartObject();
        w.WriteBoolean("executionSuccessful", result.Diagnostics.Count == 0);
        if (context is not null)
        {
            w.WriteString("startTimeUtc", context.GeneratedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture));
        }

        w.WriteStartArray("toolExecutionNotifications");
        foreach (ScanDiagnostic d in result.Diagnostics)
        {
            w.WriteStartObject();
            w.WriteString("level", "error");
            Text(w, "message", d.Message);
            w.WriteStartArray("locations");
            WriteLocation(w, d.File, null, null);
            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();
    }

    private static void WriteLocation(Utf8JsonWriter w, string file, int? line, int? column, int endLine = 0, int endColumn = 0)
    {
        w.WriteStartObject();
        w.WriteStartObject("physicalLocation");
        w.WriteStartObject("artifactLocation");
        w.WriteString("uri", string.Join('/', file.Split('/').Select(Uri.EscapeDataString)));
        w.WriteString("uriBaseId", "%SRCROOT%");
        w.WriteEndObject();
        if (line is not null)
        {
            w.WriteStartObject("region");
            w.WriteNumber("startLine", line.Value);
            w.WriteNumber("startColumn", column ?? 1);
            if (endLine > 0)
            {
                w.WriteNumber("endLine", endLine);
                w.WriteNumber("endColumn", endColumn);
            }

            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void Text(Utf8JsonWriter w, string name, string text)
    {
        w.WriteStartObject(name);
        w.WriteString("text", text);
        w.WriteEndObject();
    }
}
