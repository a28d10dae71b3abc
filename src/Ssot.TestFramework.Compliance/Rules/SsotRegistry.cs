namespace Ssot.TestFramework.Compliance.Rules;

/// <summary>
/// The SSOT registry: canonical symbols, deprecated symbols and which files to scan. Usually loaded from
/// <c>ssot.json</c> with <see cref="SsotRegistryLoader"/>.
/// </summary>
/// <remarks>Immutable and therefore thread-safe.</remarks>
public sealed class SsotRegistry
{
    /// <summary>The include globs used when a registry gives none: every <c>*.cs</c> file under the root.</summary>
    public static readonly IReadOnlyList<string> DefaultInclude = ["**/*.cs"];

    /// <summary>The exclude globs that always apply: build output and generated files.</summary>
    public static readonly IReadOnlyList<string> DefaultExclude = ["**/bin/**", "**/obj/**", "**/*.g.cs", "**/*.designer.cs"];

    /// <summary>Initializes a new registry.</summary>
    /// <param name="canonical">The canonical entries.</param>
    /// <param name="deprecated">The deprecated entries.</param>
    /// <param name="include">Include globs relative to the scan root; <see langword="null"/> or empty means <see cref="DefaultInclude"/>.</param>
    /// <param name="exclude">Extra exclude globs, added to <see cref="DefaultExclude"/>; <see langword="null"/> means none.</param>
    /// <param name="sourcePath">The file the registry came from, used in messages; <see langword="null"/> (default) for an in-memory registry.</param>
    /// <param name="duplicateSurface">How SSOT006 judges renamed copies of a canonical type; <see langword="null"/> (default) means <see cref="DuplicateSurfaceOptions.Default"/>.</param>
    public SsotRegistry(
        IEnumerable<CanonicalEntry> canonical,
        IEnumerable<DeprecatedEntry> deprecated,
        IEnumerable<string>? include = null,
        IEnumerable<string>? exclude = null,
        string? sourcePath = null,
        DuplicateSurfaceOptions? duplicateSurface = null)
    {
        ArgumentNullException.ThrowIfNull(canonical);
        ArgumentNullException.ThrowIfNull(deprecated);
        Canonical = canonical.ToArray();
        Deprecated = deprecated.ToArray();
        string[] inc = include?.ToArray() ?? [];
        Include = inc.Length == 0 ? DefaultInclude : inc;
        Exclude = DefaultExclude.Concat(exclude ?? []).Distinct(StringComparer.Ordinal).ToArray();
        SourcePath = sourcePath;
        DuplicateSurface = duplicateSurface ?? DuplicateSurfaceOptions.Default;
    }

    /// <summary>Gets the canonical entries.</summary>
    public IReadOnlyList<CanonicalEntry> Canonical { get; }

    /// <summary>Gets the deprecated entries.</summary>
    public IReadOnlyList<DeprecatedEntry> Deprecated { get; }

    /// <summary>Gets the include globs (never empty).</summary>
    public IReadOnlyList<string> Include { get; }

    /// <summary>Gets the exclude globs, defaults first.</summary>
    public IReadOnlyList<string> Exclude { get; }

    /// <summary>Gets how SSOT006 judges a type whose public surface duplicates a canonical type's (default <see cref="DuplicateSurfaceOptions.Default"/>).</summary>
    public DuplicateSurfaceOptions DuplicateSurface { get; }

    /// <summary>Gets the file the registry came from, or <see langword="null"/>.</summary>
    public string? SourcePath { get; }

    /// <summary>Gets a name for messages: the source path or <c>&lt;in-memory registry&gt;</c>.</summary>
    public string DisplayName => SourcePath ?? "<in-memory registry>";

    /// <summary>Returns a copy of this registry with more deprecated entries (e.g. from <c>BannedSymbols.txt</c>).</summary>
    /// <param name="extra">The entries to add.</param>
    /// <returns>A new registry.</returns>
    public SsotRegistry WithDeprecated(IEnumerable<DeprecatedEntry> extra)
    {
        ArgumentNullException.ThrowIfNull(extra);
        return new SsotRegistry(Canonical, Deprecated.Concat(extra), Include, Exclude.Except(DefaultExclude), SourcePath, DuplicateSurface);
    }
}
