namespace Ssot.TestFramework.Compliance.Rules;

/// <summary>
/// The outcome of <see cref="SsotScanner.Scan(string, SsotRegistry)"/>: violations sorted by file, line, column and rule,
/// plus the files that could not be read or parsed.
/// </summary>
/// <remarks>Immutable and therefore thread-safe.</remarks>
public sealed class ScanResult
{
    /// <summary>Initializes a new result; violations and diagnostics are sorted deterministically.</summary>
    /// <param name="root">The absolute scan root.</param>
    /// <param name="violations">The violations.</param>
    /// <param name="diagnostics">The unreadable or unparsable files.</param>
    /// <param name="statistics">Scan figures.</param>
    public ScanResult(string root, IEnumerable<Violation> violations, IEnumerable<ScanDiagnostic> diagnostics, ScanStatistics statistics)
        : this(root, violations, diagnostics, statistics, EngineInfo.SourceMode(statistics.FilesScanned), [])
    {
    }

    /// <summary>Initializes a new result with the engine's mode and the registry warnings.</summary>
    /// <param name="root">The folder violation paths are relative to.</param>
    /// <param name="violations">The violations.</param>
    /// <param name="diagnostics">Files or projects that could not be fully checked.</param>
    /// <param name="statistics">Counts and timings.</param>
    /// <param name="engine">How the code was analysed.</param>
    /// <param name="warnings">Registry entries that could not be checked (never a silent pass: they are reported).</param>
    public ScanResult(string root, IEnumerable<Violation> violations, IEnumerable<ScanDiagnostic> diagnostics, ScanStatistics statistics, EngineInfo engine, IEnumerable<string> warnings)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(warnings);
        Engine = engine;
        Warnings = warnings.ToArray();
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(violations);
        ArgumentNullException.ThrowIfNull(diagnostics);
        ArgumentNullException.ThrowIfNull(statistics);
        Root = root;
        Violations = violations
            .OrderBy(v => v.File, StringComparer.Ordinal)
            .ThenBy(v => v.Line)
            .ThenBy(v => v.Column)
            .ThenBy(v => v.RuleId, StringComparer.Ordinal)
            .ThenBy(v => v.Symbol, StringComparer.Ordinal)
            .ToArray();
        Diagnostics = diagnostics.OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Message, StringComparer.Ordinal).ToArray();
        Statistics = statistics;
    }

    /// <summary>Gets the absolute scan root.</summary>
    public string Root { get; }

    /// <summary>Gets how the code was analysed: exact or source mode.</summary>
    public EngineInfo Engine { get; }

    /// <summary>Gets what the exact-mode cache gave: nothing (default), the project model, or the whole result.</summary>
    public ScanCacheUse CacheUse { get; init; }

    /// <summary>Gets the registry warnings, e.g. an entry that needs exact mode.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>Gets the violations, sorted by file, line, column, rule and symbol.</summary>
    public IReadOnlyList<Violation> Violations { get; }

    /// <summary>Gets the files that could not be read or parsed.</summary>
    public IReadOnlyList<ScanDiagnostic> Diagnostics { get; }

    /// <summary>Gets figures about the scan.</summary>
    public ScanStatistics Statistics { get; }

    /// <summary>Gets a value indicating whether there are neither violations nor diagnostics.</summary>
    public bool IsClean => Violations.Count == 0 && Diagnostics.Count == 0;

    /// <summary>Counts violations per rule id, for every rule in <see cref="SsotRuleIds.All"/> (zero included).</summary>
    /// <returns>Rule id to count, ordered by rule id.</returns>
    public IReadOnlyDictionary<string, int> CountByRule() =>
        SsotRuleIds.All.ToDictionary(r => r.Id, r => Violations.Count(v => v.RuleId == r.Id), StringComparer.Ordinal);
}
