using System.Text;
using System.Text.RegularExpressions;

namespace Ssot.TestFramework.Compliance.Rules;

/// <summary>
/// How SSOT006 judges a type whose public surface duplicates a canonical type's (a renamed copy): the registry's
/// <c>duplicateSurface</c> object. See <c>docs/import-rules.md#duplicate-surface</c> for how members are compared.
/// </summary>
/// <remarks>Immutable and therefore thread-safe.</remarks>
public sealed class DuplicateSurfaceOptions
{
    /// <summary>The default <see cref="Threshold"/>: 0.8 (four in five of the canonical type's members).</summary>
    public const double DefaultThreshold = 0.8;

    /// <summary>The default <see cref="MinimumMembers"/>: 5.</summary>
    public const int DefaultMinimumMembers = 5;

    private readonly Regex[] _allow;

    /// <summary>Initializes the options.</summary>
    /// <param name="threshold">The share of the canonical type's surface members another type must match to be reported; more than 0, at most 1. Default <see cref="DefaultThreshold"/>.</param>
    /// <param name="minimumMembers">The fewest matching members that can report, so small types (DTOs with <c>Id</c>/<c>Name</c>) never do; at least 1. Default <see cref="DefaultMinimumMembers"/>.</param>
    /// <param name="allow">Deliberate adapters that are never reported: fully qualified type names (<c>Chat.Legacy.HubAdapter</c>; nested types <c>Outer.Inner</c>; generic types without their arity or type parameters) or globs where <c>*</c> is any characters but <c>.</c> and <c>**</c> any characters (<c>Chat.Adapters.*</c>). Default none.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is not in (0, 1], or <paramref name="minimumMembers"/> is less than 1.</exception>
    /// <exception cref="ArgumentException">An <paramref name="allow"/> pattern is empty or holds a character a type name cannot.</exception>
    public DuplicateSurfaceOptions(double threshold = DefaultThreshold, int minimumMembers = DefaultMinimumMembers, IEnumerable<string>? allow = null)
    {
        if (double.IsNaN(threshold) || threshold <= 0 || threshold > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "The threshold is a share of the canonical type's members: more than 0 and at most 1 (e.g. 0.8).");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(minimumMembers, 1);
        string[] patterns = allow?.ToArray() ?? [];
        foreach (string pattern in patterns)
        {
            if (PatternProblem(pattern) is { } problem)
            {
                throw new ArgumentException($"Allow pattern '{pattern}': {problem}.", nameof(allow));
            }
        }

        Threshold = threshold;
        MinimumMembers = minimumMembers;
        Allow = patterns;
        _allow = patterns.Select(ToRegex).ToArray();
    }

    /// <summary>Gets the options used when a registry gives none.</summary>
    public static DuplicateSurfaceOptions Default { get; } = new();

    /// <summary>Gets the share of the canonical type's surface members another type must match to be reported (default 0.8).</summary>
    public double Threshold { get; }

    /// <summary>Gets the fewest matching members that can report (default 5).</summary>
    public int MinimumMembers { get; }

    /// <summary>Gets the allow-listed type names and globs (default none).</summary>
    public IReadOnlyList<string> Allow { get; }

    /// <summary>Gets whether a type (by its fully qualified name, e.g. <c>Chat.Legacy.SocketHub</c>) is allow-listed.</summary>
    /// <param name="fullName">The type's fully qualified name, nested types joined with <c>.</c>.</param>
    /// <returns><see langword="true"/> when a pattern matches.</returns>
    public bool IsAllowed(string fullName)
    {
        ArgumentNullException.ThrowIfNull(fullName);
        return _allow.Any(r => r.IsMatch(fullName));
    }

    /// <summary>Gets the fewest matching members that report for a canonical surface of <paramref name="surface"/> members (0 when none can).</summary>
    internal int Required(int surface)
    {
        // The threshold's share of the surface, rounded up, and never below the minimum; 1e-9 keeps 0.8 × 10 at 8.
        int share = (int)Math.Ceiling((Threshold * surface) - 1e-9);
        int required = Math.Max(share, MinimumMembers);
        return required > surface ? 0 : required;
    }

    /// <summary>Returns what is wrong with an allow pattern, or <see langword="null"/> when it is usable.</summary>
    internal static string? PatternProblem(string pattern)
    {
        if (string.IsNullOrWhiteSpace(pattern))
        {
            return "is empty; give a fully qualified type name such as Chat.Legacy.HubAdapter or a glob such as Chat.Adapters.*";
        }

        char bad = pattern.FirstOrDefault(c => !(char.IsLetterOrDigit(c) || c is '_' or '.' or '*' or '?' or '+'));
        return bad == default
            ? null
            : $"'{bad}' cannot appear in a type name; give a fully qualified type name (Namespace.Type, nested types Outer.Inner) or a glob with * and **, without generic arguments";
    }

    private static Regex ToRegex(string pattern)
    {
        var sb = new StringBuilder("^");
        string p = pattern.Replace('+', '.');
        for (int i = 0; i < p.Length; i++)
        {
            char c = p[i];
            if (c == '*' && i + 1 < p.Length && p[i + 1] == '*')
            {
                sb.Append(".*");
                i++;
            }
            else
            {
                sb.Append(c switch { '*' => "[^.]*", '?' => "[^.]", _ => Regex.Escape(c.ToString()) });
            }
        }

        return new Regex(sb.Append('$').ToString(), RegexOptions.CultureInvariant);
    }
}
