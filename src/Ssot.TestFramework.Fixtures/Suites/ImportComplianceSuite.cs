using Ssot.TestFramework.Common;
using Ssot.TestFramework.Compliance.Baselines;
using Ssot.TestFramework.Compliance.Reports;
using Ssot.TestFramework.Compliance.Rules;
using Ssot.TestFramework.ExpectedFailures;
using Xunit.Abstractions;

namespace Ssot.TestFramework.Fixtures.Suites;

/// <summary>
/// Ready-made import-compliance checks: one test per SSOT rule (SSOT001–SSOT006) over a source tree and an
/// <c>ssot.json</c> registry, with a baseline of known violations that are reported as expected failures.
/// </summary>
/// <remarks>
/// <para>Inherit it and override <see cref="RegistryPath"/>. All tests of a run share one scan of the tree; the
/// Markdown, JSON and SARIF reports go to <c>TestResults/ssot/</c> (<see cref="SsotResultsDirectory"/>).</para>
/// <para>A rule's test fails on every new violation (listing file:line and the replacement), passes with an expected
/// failure (<c>[XFAIL]</c>, skipped) when all its violations are in the baseline, and fails when the baseline lists
/// violations that are fixed and could not be removed from it (on CI without <c>SSOT_UPDATE_BASELINE=1</c>). Files that
/// could not be read or parsed fail every rule's test, so a rule never passes on a tree it could not see.</para>
/// </remarks>
public abstract class ImportComplianceSuite : SsotSuite
{
    private SsotProjectDirectoryResult? _projectDirectory;

    /// <summary>Initializes the suite from the output helper xUnit injects.</summary>
    /// <param name="output">The <see cref="ITestOutputHelper"/> of the running test.</param>
    protected ImportComplianceSuite(ITestOutputHelper output)
        : base(output)
    {
    }

    /// <summary>Initializes the suite with an explicit test identity (custom runners, testing the suite).</summary>
    /// <param name="output">Where test output goes.</param>
    /// <param name="identity">The running test's identity.</param>
    protected ImportComplianceSuite(ITestOutputHelper output, SsotTestIdentity identity)
        : base(output, identity)
    {
    }

    /// <summary>
    /// Gets the registry file (<c>ssot.json</c>); a relative path is resolved against the test project's folder
    /// (<see cref="SsotProjectDirectory"/>: the folder the package's build stamped into the test assembly, else the
    /// nearest folder with a <c>*.csproj</c> above the test binaries).
    /// </summary>
    protected abstract string RegistryPath { get; }

    /// <summary>Gets the root of the source tree to scan; a relative path is resolved like <see cref="RegistryPath"/>. Default: the registry file's folder.</summary>
    protected virtual string SourceRoot => Path.GetDirectoryName(ResolvedRegistryPath)!;

    /// <summary>Gets the baseline file, or <see langword="null"/> for none; a relative path is resolved like <see cref="RegistryPath"/>. Default: <c>ssot.baseline.json</c> beside the registry.</summary>
    protected virtual string? BaselinePath => Path.Combine(Path.GetDirectoryName(ResolvedRegistryPath)!, "ssot.baseline.json");

    /// <summary>Gets the base name of the report files. Default: <c>import-compliance</c>.</summary>
    protected virtual string ReportName => "import-compliance";

    /// <summary>Gets whether unreadable or unparsable files are tolerated (listed in the output only). Default: <see langword="false"/>.</summary>
    protected virtual bool AllowDiagnostics => false;

    private string ResolvedRegistryPath => Resolve(RegistryPath);

    // The baseline policy reads CI and SSOT_UPDATE_BASELINE through the test's overlay (Env), which falls back to the
    // process environment: a test can pin them without touching the process.

    /// <summary>
    /// Gets the run's one scan of <see cref="SourceRoot"/> (shared by every test of the run, never parsed twice), for
    /// checks of your own beside the six rules, e.g. "this file no longer has any violation".
    /// </summary>
    protected ScanResult SharedScan => SharedOutcome.Result;

    private ImportScanOutcome SharedOutcome
    {
        get
        {
            string registry = ResolvedRegistryPath;
            if (!File.Exists(registry) && !Directory.Exists(registry))
            {
                throw new FileNotFoundException(
                    $"The registry '{registry}' does not exist: {Given(nameof(RegistryPath), RegistryPath)}. Create the ssot.json there, or override RegistryPath with a path relative to that folder or an absolute one.",
                    registry);
            }

            RequireAttributeAgrees(registry);
            string source = Resolve(SourceRoot);
            if (!Directory.Exists(source))
            {
                throw new DirectoryNotFoundException(
                    $"The source root '{source}' does not exist: {Given(nameof(SourceRoot), SourceRoot)}. Override SourceRoot with the folder to scan, relative to that folder or absolute.");
            }

            return ImportScanCache.Get(registry, source, BaselinePath is { } path ? Resolve(path) : null, ReportName, Configuration, Env.GetEnvironmentVariable);
        }
    }

    /// <summary>
    /// A class's <see cref="SsotRegistryAttribute"/> gives its traits at discovery; the overrides give the scan. If they
    /// named different files the traits would silently describe another registry or baseline, so the check fails instead.
    /// </summary>
    private void RequireAttributeAgrees(string registry)
    {
        if (System.Reflection.CustomAttributeExtensions.GetCustomAttribute<SsotRegistryAttribute>(GetType(), inherit: true) is not { } named)
        {
            return;
        }

        string namedRegistry = Resolve(named.Path);
        if (!InputFile.SameFile(namedRegistry, registry))
        {
            throw new SuiteCheckException(
                $"[SsotRegistry(\"{named.Path}\")] on {GetType().Name} names '{namedRegistry}', but RegistryPath resolves to '{registry}': the traits (Issue=#N) would describe another registry. Name the same file in both.");
        }

        if (named.BaselinePath is { } namedBaseline && BaselinePath is { } baseline && !InputFile.SameFile(Resolve(namedBaseline), Resolve(baseline)))
        {
            throw new SuiteCheckException(
                $"[SsotRegistry(BaselinePath = \"{namedBaseline}\")] on {GetType().Name} names '{Resolve(namedBaseline)}', but BaselinePath resolves to '{Resolve(baseline)}': Category=ExpectedToFail would come from another baseline. Name the same file in both.");
        }
    }

    /// <summary>Gets the test project's folder that relative paths resolve against, and how it was found (computed once per instance).</summary>
    private SsotProjectDirectoryResult ProjectDirectory => _projectDirectory ??= SsotProjectDirectory.For(GetType().Assembly);

    /// <summary>
    /// Gets the build configuration evaluated in exact mode: by default the one this test assembly was built with
    /// (its <see cref="System.Reflection.AssemblyConfigurationAttribute"/>), else <c>Debug</c>.
    /// </summary>
    protected virtual string Configuration =>
        System.Reflection.CustomAttributeExtensions.GetCustomAttribute<System.Reflection.AssemblyConfigurationAttribute>(GetType().Assembly)?.Configuration is { Length: > 0 } c ? c : "Debug";

    /// <summary>SSOT001: no reference to a deprecated symbol.</summary>
    [SsotComplianceFact(Rule = SsotRuleIds.DeprecatedUsage)]
    public virtual void SSOT001_NoDeprecatedUsage() => CheckRule(SsotRuleIds.DeprecatedUsage);

    /// <summary>SSOT002: no <c>using</c> directive imports a deprecated namespace or type.</summary>
    [SsotComplianceFact(Rule = SsotRuleIds.DeprecatedImport)]
    public virtual void SSOT002_NoDeprecatedImport() => CheckRule(SsotRuleIds.DeprecatedImport);

    /// <summary>SSOT003: no using alias renames a canonical or deprecated type, or borrows a canonical name.</summary>
    [SsotComplianceFact(Rule = SsotRuleIds.AliasConfusion)]
    public virtual void SSOT003_NoAliasConfusion() => CheckRule(SsotRuleIds.AliasConfusion);

    /// <summary>SSOT004: the canonical type has one import path and is not re-exposed under another name.</summary>
    [SsotComplianceFact(Rule = SsotRuleIds.MultipleImportPaths)]
    public virtual void SSOT004_NoMultipleImportPaths() => CheckRule(SsotRuleIds.MultipleImportPaths);

    /// <summary>SSOT005: no file uses both a canonical and a deprecated symbol.</summary>
    [SsotComplianceFact(Rule = SsotRuleIds.DualPattern)]
    public virtual void SSOT005_NoDualPattern() => CheckRule(SsotRuleIds.DualPattern);

    /// <summary>SSOT006: one implementation of each canonical concept, created only by its sanctioned factory.</summary>
    [SsotComplianceFact(Rule = SsotRuleIds.DuplicateImplementation)]
    public virtual void SSOT006_NoDuplicateImplementation() => CheckRule(SsotRuleIds.DuplicateImplementation);

    /// <summary>Runs one rule's check against the shared scan.</summary>
    /// <param name="ruleId">The rule, e.g. <c>SSOT001</c>.</param>
    protected void CheckRule(string ruleId)
    {
        ArgumentException.ThrowIfNullOrEmpty(ruleId);
        ImportScanOutcome scan = SharedOutcome;
        foreach (string note in scan.Notes)
        {
            Output.WriteLine(note);
            Common.RunNotices.Process.Add(note); // also once per run where a person sees it without a failing test
        }

        if (scan.ReportFailure is { } unwritten)
        {
            Output.WriteReportFailure(unwritten);
        }

        SsotRule rule = SsotRuleIds.Get(ruleId);
        var failures = new List<string>();
        if (scan.Result.Diagnostics.Count > 0)
        {
            var lines = scan.Result.Diagnostics.Select(d => $"  - {d.File}: {d.Message}").ToList();
            Output.List("[ssot] files that could not be read or parsed:", lines);
            if (!AllowDiagnostics)
            {
                failures.Add($"{lines.Count} file(s) could not be read or parsed, so {ruleId} cannot vouch for them (fix them, exclude them in the registry, or override AllowDiagnostics):{Environment.NewLine}{string.Join(Environment.NewLine, lines)}");
            }
        }

        var fresh = scan.Comparison.NewViolations.Where(v => v.RuleId == ruleId).ToList();
        if (fresh.Count > 0)
        {
            failures.Add($"{fresh.Count} new {ruleId} ({rule.Name}) violation(s):{Environment.NewLine}{string.Join(Environment.NewLine, fresh.Select(Describe))}");
        }

        var fixedEntries = scan.Comparison.FixedEntries.Where(f => f.Key.Rule == ruleId).ToList();
        if (fixedEntries.Count > 0)
        {
            // Only on CI, where the baseline is never rewritten: a stale entry would let the fixed violation come back.
            failures.Add($"the baseline {scan.BaselinePath} still lists {fixedEntries.Sum(f => f.FixedCount)} {ruleId} violation(s) that are fixed (stale entries); on CI it is never rewritten, so this fails until it shrinks. Run the tests locally without CI to tighten the baseline, then commit it:{Environment.NewLine}{string.Join(Environment.NewLine, fixedEntries.Select(f => $"  - {f.Key} ({f.BaselineCount} in baseline, {f.ActualCount} found)"))}");
        }

        if (failures.Count > 0)
        {
            throw new SuiteCheckException($"{ruleId} {rule.ShortDescription}{Environment.NewLine}{string.Join(Environment.NewLine, failures)}");
        }

        var known = scan.Comparison.KnownViolations.Where(v => v.RuleId == ruleId).ToList();
        if (known.Count > 0)
        {
            string issues = string.Join(", ", known.Select(v => v.Issue).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
            // One line per violation (file:line symbol); the skip reason lists the first 20 and points to the report.
            ExpectedFailure.Declare($"{known.Count} known {ruleId} violation(s) in the baseline", issues.Length == 0 ? null : issues, detailsPath: scan.MarkdownReportPath);
            throw new SuiteCheckException($"{known.Count} {ruleId} ({rule.Name}) violation(s) are in the baseline, pending remediation:{Environment.NewLine}{string.Join(Environment.NewLine, known.Select(v => $"  - {v.File}:{v.Line} {SymbolDisplay.Of(v.Symbol)}"))}");
        }

        Output.WriteLine($"[ssot] {ruleId} {rule.Name}: no violations");
    }

    /// <summary>One line per violation; the message already names the replacement and how the symbol was reached for most rules, so neither is repeated.</summary>
    private static string Describe(Violation v)
    {
        string replacement = string.IsNullOrEmpty(v.Replacement) || v.Message.Contains(v.Replacement, StringComparison.Ordinal) ? string.Empty : $" Use instead: {v.Replacement}.";
        string reached = string.IsNullOrEmpty(v.Reached) || v.Message.Contains(v.Reached, StringComparison.Ordinal) ? string.Empty : $" [{v.Reached}]";
        string issue = v.Issue is null ? string.Empty : $" ({v.Issue})";
        return $"  - {v.Location} {SymbolDisplay.Of(v.Symbol)} in {v.EnclosingMember}: {v.Message}{replacement}{issue}{reached}";
    }

    /// <summary>Where a path override came from, for a message: its value and, when relative, the folder it was resolved against and how that folder was found.</summary>
    private string Given(string name, string value) =>
        Path.IsPathRooted(value)
            ? $"{name} is '{value}' (absolute); relative paths would resolve against the test project's folder '{ProjectDirectory.Path}' ({ProjectDirectory.Origin})"
            : $"{name} is '{value}', resolved against the test project's folder '{ProjectDirectory.Path}' ({ProjectDirectory.Origin})";

    private string Resolve(string path) => Path.IsPathRooted(path) ? Path.GetFullPath(path) : ProjectDirectory.ResolvePath(path);
}
