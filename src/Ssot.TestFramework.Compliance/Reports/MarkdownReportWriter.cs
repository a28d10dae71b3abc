using System.Globalization;
using Ssot.TestFramework.Common;
using Ssot.TestFramework.Compliance.Baselines;
using Ssot.TestFramework.Compliance.Rules;

namespace Ssot.TestFramework.Compliance.Reports;

/// <summary>
/// Markdown report for a team lead: a header (date, commit, repository root, scanned folder, registry, baseline) when a
/// <see cref="ReportContext"/> is given, the engine mode, a summary table, then violations grouped by rule, then by
/// file, each with its replacement once. Symbols are shown without their documentation-ID prefix. Stateless and
/// thread-safe.
/// </summary>
public sealed class MarkdownReportWriter : IViolationReportWriter
{
    /// <inheritdoc />
    public string Format => "md";

    /// <inheritdoc />
    public string FileExtension => ".md";

    /// <inheritdoc />
    public void Write(ScanResult result, BaselineComparison? comparison, ReportContext? context, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        HashSet<Violation> known = ReportModel.Known(comparison);
        IReadOnlyDictionary<string, int> counts = result.CountByRule();
        output.Write("# SSOT scan report\n\n");
        if (context is not null)
        {
            WriteHeader(context, output);
        }

        output.Write($"Engine: {MarkdownText.Escape(result.Engine.Label)}.\n\n");
        foreach (string warning in result.Warnings)
        {
            output.Write($"> Warning: {MarkdownText.Escape(warning)}\n\n");
        }

        output.Write("| Rule | Name | Violations | Baselined |\n| --- | --- | ---: | ---: |\n");
        foreach (SsotRule rule in SsotRuleIds.All)
        {
            int baselined = result.Violations.Count(v => v.RuleId == rule.Id && known.Contains(v));
            output.Write(Invariant($"| {rule.Id} | {rule.Name} | {counts[rule.Id]} | {baselined} |\n"));
        }

        output.Write(Invariant($"| **Total** | | **{result.Violations.Count}** | **{known.Count}** |\n\n"));
        output.Write(Invariant($"Files scanned: {result.Statistics.FilesScanned}; files analysed: {result.Statistics.CandidateFiles}; diagnostics: {result.Diagnostics.Count}"));
        if (comparison is not null)
        {
            output.Write(Invariant($"; new: {comparison.NewViolations.Count}; fixed since baseline: {comparison.FixedEntries.Sum(f => f.FixedCount)}"));
        }

        output.Write(".\n");
        foreach (IGrouping<string, Violation> byRule in result.Violations.GroupBy(v => v.RuleId).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            SsotRule rule = SsotRuleIds.Get(byRule.Key);
            output.Write($"\n## {rule.Id} {rule.Name}: {rule.ShortDescription}\n\n{rule.Help}\n");
            foreach (IGrouping<string, Violation> byFile in byRule.GroupBy(v => v.File).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                output.Write($"\n### `{byFile.Key}`\n\n");
                foreach (Violation v in byFile.OrderBy(v => v.Line).ThenBy(v => v.Column))
                {
                    string issue = v.Issue is null ? string.Empty : $" (issue {MarkdownText.Escape(v.Issue)})";
                    string mark = known.Contains(v) ? " _(baselined)_" : string.Empty;
                    string tfms = v.TargetFrameworks is null ? string.Empty : $" [{v.TargetFrameworks}]";
                    output.Write(Invariant($"- Line {v.Line}, column {v.Column}, in `{v.EnclosingMember}`: `{SymbolDisplay.Of(v.Symbol)}`, {MarkdownText.Escape(v.Reached)}. Use instead: **{MarkdownText.Escape(v.Replacement)}**{issue}{tfms}{mark}\n"));
                }
            }
        }

        if (comparison is { FixedEntries.Count: > 0 })
        {
            output.Write("\n## Fixed since the baseline\n\n");
            foreach (FixedBaselineEntry f in comparison.FixedEntries)
            {
                output.Write(Invariant($"- {f.Key.Rule} `{f.Key.File}` in `{f.Key.Member}`: `{SymbolDisplay.Of(f.Key.Symbol)}` {f.BaselineCount} → {f.ActualCount}\n"));
            }
        }

        if (result.Diagnostics.Count > 0)
        {
            output.Write("\n## Diagnostics (files not fully checked)\n\n");
            foreach (ScanDiagnostic d in result.Diagnostics)
            {
                output.Write($"- `{d.File}`: {MarkdownText.Escape(d.Message)}\n");
            }
        }
    }

    private static void WriteHeader(ReportContext context, TextWriter output)
    {
        output.Write("| Run | |\n| --- | --- |\n");
        output.Write(Invariant($"| Date | {context.GeneratedAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC |\n"));
        output.Write($"| Commit | {(context.Commit is null ? "unknown (no git repository at the root)" : $"`{context.Commit}`")} |\n");
        output.Write($"| Repository root | `{MarkdownText.Escape(context.RepositoryRoot)}` |\n");
        output.Write($"| Scanned | `{MarkdownText.Escape(context.ScanRoot)}` |\n");
        output.Write($"| Registry | `{MarkdownText.Escape(context.RegistryPath)}` |\n");
        output.Write($"| Baseline | {(context.BaselinePath is null ? "none" : $"`{MarkdownText.Escape(context.BaselinePath)}`")} |\n\n");
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
