namespace Ssot.TestFramework.Compliance.Rules;

/// <summary>
/// The stable rule ids and their descriptions. Ids never change meaning; new rules get new ids.
/// </summary>
/// <remarks>Thread-safe (constants and an immutable list).</remarks>
public static class SsotRuleIds
{
    /// <summary>Deprecated usage: a reference to a deprecated symbol.</summary>
    public const string DeprecatedUsage = "SSOT001";

    /// <summary>Deprecated import: a using directive that imports a deprecated namespace or type.</summary>
    public const string DeprecatedImport = "SSOT002";

    /// <summary>Alias confusion: an alias renaming a canonical or deprecated type, or shadowing a canonical name.</summary>
    public const string AliasConfusion = "SSOT003";

    /// <summary>Multiple import paths for a canonical concept.</summary>
    public const string MultipleImportPaths = "SSOT004";

    /// <summary>Dual pattern: one file uses both a canonical and a deprecated symbol.</summary>
    public const string DualPattern = "SSOT005";

    /// <summary>Duplicate implementation or duplicate creation path of a canonical concept, including a type whose public surface duplicates the canonical type's (a renamed copy).</summary>
    public const string DuplicateImplementation = "SSOT006";

    /// <summary>Removed symbol declared again: a registry entry marked <c>"removed": true</c> is declared in the scanned code.</summary>
    public const string RemovedSymbolDeclared = "SSOT007";

    /// <summary>Gets every rule, ordered by id.</summary>
    public static IReadOnlyList<SsotRule> All { get; } =
    [
        new(DeprecatedUsage, "DeprecatedUsage", "Use of a deprecated symbol",
            "A reference to a symbol listed as deprecated in the SSOT registry (invocation, creation, member access, declaration type, base type, generic argument, attribute, typeof), including references through aliases, global usings, using static and extension-method calls.",
            "Replace the reference with the registry entry's replacement, then remove the baseline entry."),
        new(DeprecatedImport, "DeprecatedImport", "Import of a deprecated namespace or type",
            "A using directive (plain, global, static or alias) that imports a namespace or type listed as deprecated.",
            "Remove the using directive and import the canonical namespace instead."),
        new(AliasConfusion, "AliasConfusion", "Using alias hides which type is meant",
            "A using alias that gives a canonical or deprecated type another name, or whose name equals a canonical type's name but points elsewhere.",
            "Remove the alias and refer to the canonical type by its own name."),
        new(MultipleImportPaths, "MultipleImportPaths", "Canonical concept reachable by more than one name",
            "The canonical type's simple name is declared in another namespace too, or the canonical type is re-exposed under another name by a subclass or wrapper with no behaviour of its own.",
            "Delete or rename the duplicate declaration so the canonical type is the only way to reach the concept."),
        new(DualPattern, "DualPattern", "File mixes canonical and deprecated symbols",
            "One file uses both a canonical symbol and a deprecated one: a half-finished migration.",
            "Finish the migration of the file: replace the deprecated usage with the canonical one."),
        new(DuplicateImplementation, "DuplicateImplementation", "Duplicate implementation or creation path",
            "More than one non-abstract type implements a canonical concept's interface, another class or struct duplicates the canonical type's public surface (a renamed copy: at least the registry's duplicateSurface.threshold of its public members, default 80% and at least 5, with the same names and signatures), or the canonical type is created with new outside its sanctioned factory by more than one creation path.",
            "Keep the canonical implementation, move the copy's callers to it and delete the copy (or allow-list a deliberate adapter in duplicateSurface.allow), and create instances only through the sanctioned factory."),
        new(RemovedSymbolDeclared, "RemovedSymbolDeclared", "Removed symbol declared again",
            "A symbol whose registry entry is marked \"removed\": true (it was deleted at the end of a migration) is declared again in the scanned code.",
            "Delete the declaration and use the registry entry's replacement; the concept has one home."),
    ];

    /// <summary>Finds a rule by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="KeyNotFoundException">No such rule.</exception>
    public static SsotRule Get(string id) =>
        All.FirstOrDefault(r => r.Id == id) ?? throw new KeyNotFoundException($"Unknown SSOT rule id '{id}'.");
}
