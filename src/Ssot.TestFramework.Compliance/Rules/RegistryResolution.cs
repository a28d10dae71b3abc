using Microsoft.CodeAnalysis;

namespace Ssot.TestFramework.Compliance.Rules;

/// <summary>
/// Judges, over every compilation of a scan, the registry entries that resolved nowhere: an error (a typo must never
/// make a check pass vacuously), a warning (source mode cannot see a package's symbols), or fine (a <c>"removed"</c>
/// entry that stays removed). Stateless and thread-safe.
/// </summary>
internal static class RegistryResolution
{
    /// <summary>Returns the warnings; throws when an entry is an error.</summary>
    /// <exception cref="SsotRegistryException">An entry resolves to nothing where it should.</exception>
    /// <param name="registry">The registry.</param>
    /// <param name="compilations">Every compilation of the scan, with its bound registry and whether it is exact.</param>
    /// <param name="sourceNamespaces">In source mode, the namespaces every scanned file declares (not only those compiled).</param>
    public static IReadOnlyList<string> Judge(SsotRegistry registry, IReadOnlyList<(Compilation Compilation, ResolvedRegistry Resolved, bool Exact)> compilations, ICollection<string> sourceNamespaces)
    {
        var errors = new List<string>();
        var warnings = new List<string>();
        foreach (string id in AllIds(registry).Distinct(StringComparer.Ordinal))
        {
            if (compilations.Count == 0 || compilations.Any(c => !c.Resolved.Unresolved.Contains(id)))
            {
                continue;
            }

            if (registry.Deprecated.Any(d => d.Symbol == id && d.Removed))
            {
                continue;
            }

            (Compilation compilation, _, bool exact) = compilations[0];
            if (!exact && compilations.All(c => !c.Exact) && NeedsProject(id, compilation, sourceNamespaces))
            {
                warnings.Add($"{registry.DisplayName}: '{id}' cannot be checked without the project: its namespace is declared nowhere in the scanned sources and is not a framework namespace (a package symbol?). Scan the solution or project (exact mode) to check it.");
                continue;
            }

            errors.Add(id);
        }

        if (errors.Count > 0)
        {
            string where = compilations.Any(c => c.Exact) ? "in any compilation of the scanned projects" : "in the scanned code";
            throw new SsotRegistryException(
                $"{registry.DisplayName}: {errors.Count} registry entr{(errors.Count == 1 ? "y resolves" : "ies resolve")} to no symbol {where}: "
                + string.Join(", ", errors.Select(u => $"'{u}'"))
                + ". Check the spelling (namespace, type, parameter types) and that the declaring file is under the scan root and not excluded; if you removed the symbol, mark the entry \"removed\": true.");
        }

        return warnings;
    }

    private static IEnumerable<string> AllIds(SsotRegistry registry) =>
        registry.Deprecated.Select(d => d.Symbol)
            .Concat(registry.Canonical.SelectMany(c => new[] { c.Symbol, c.Factory, c.Implements }.OfType<string>()));

    /// <summary>
    /// True when the ID's namespace is unknown to a source-mode compilation: neither declared in the scanned sources nor
    /// a framework namespace. A member whose type resolves, or a type in a namespace the sources declare, is a typo instead.
    /// </summary>
    private static bool NeedsProject(string id, Compilation compilation, ICollection<string> sourceNamespaces)
    {
        string body = id[2..];
        int paren = body.IndexOf('(', StringComparison.Ordinal);
        if (paren >= 0)
        {
            body = body[..paren];
        }

        string[] parts = body.Split('.');
        if (id[0] is 'M' or 'P' or 'F' or 'E')
        {
            if (parts.Length < 2 || !DocumentationCommentId.GetSymbolsForDeclarationId("T:" + string.Join('.', parts[..^1]), compilation).IsDefaultOrEmpty)
            {
                return false;
            }

            parts = parts[..^1];
        }

        int namespaceParts = id[0] == 'N' ? parts.Length : parts.Length - 1;
        for (int declared = namespaceParts; declared > 0; declared--)
        {
            if (sourceNamespaces.Contains(string.Join('.', parts[..declared])))
            {
                // The sources declare (part of) this namespace: the entry names something that is not there.
                return false;
            }
        }

        INamespaceSymbol current = compilation.GlobalNamespace;
        int depth = 0;
        while (depth < namespaceParts && current.GetNamespaceMembers().FirstOrDefault(n => n.Name == parts[depth]) is { } next)
        {
            current = next;
            depth++;
        }

        if (depth == namespaceParts)
        {
            // The whole namespace exists: a type missing from it is a typo.
            return false;
        }

        // Part of the namespace is missing: a typo if the sources declare the part that exists, else a package.
        return depth == 0 || !current.Locations.Any(l => l.IsInSource);
    }
}
