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

            if (compilations.All(c => !c.Exact))
            {
                switch (Classify(id, compilations[0].Compilation, sourceNamespaces))
                {
                    case SourceVerdict.NeedsProject:
                        warnings.Add($"{registry.DisplayName}: '{id}' cannot be checked without the project: its namespace is declared nowhere in the scanned sources and is not a framework namespace (a package symbol?). Scan the solution or project (exact mode) to check it.");
                        continue;
                    case SourceVerdict.ParametersUnbound:
                        warnings.Add($"{registry.DisplayName}: '{id}' cannot be checked without the project: the method exists, but its parameter types do not bind in source mode. Scan the solution or project (exact mode) to check it.");
                        continue;
                }
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

    /// <summary>What source mode can say of an entry that resolved nowhere.</summary>
    private enum SourceVerdict
    {
        /// <summary>The namespace or type is there but the entry names nothing in it: an error.</summary>
        Typo,

        /// <summary>The namespace is declared nowhere in the sources and is not a framework one: a package symbol.</summary>
        NeedsProject,

        /// <summary>The method or constructor exists by name, but its parameter types do not bind without the project.</summary>
        ParametersUnbound,
    }

    private static SourceVerdict Classify(string id, Compilation compilation, ICollection<string> sourceNamespaces)
    {
        string body = id[2..];
        int paren = body.IndexOf('(', StringComparison.Ordinal);
        if (paren >= 0)
        {
            body = body[..paren];
        }

        string[] parts = body.Split('.');
        if (id[0] is 'M' or 'P' or 'F' or 'E' && parts.Length >= 2)
        {
            INamedTypeSymbol? container = DocumentationCommentId.GetSymbolsForDeclarationId("T:" + string.Join('.', parts[..^1]), compilation).OfType<INamedTypeSymbol>().FirstOrDefault();
            if (container is not null)
            {
                string member = parts[^1].Split('`')[0];
                bool named = member == "#ctor" ? container.InstanceConstructors.Length > 0 : container.GetMembers(member).OfType<IMethodSymbol>().Any();
                return id[0] == 'M' && paren >= 0 && named ? SourceVerdict.ParametersUnbound : SourceVerdict.Typo;
            }

            parts = parts[..^1];
        }

        // The entry's own namespace decides: one the sources (or the framework) declare means a typo; else a package.
        string ns = string.Join('.', id[0] == 'N' ? parts : parts[..^1]);
        if (ns.Length == 0 || sourceNamespaces.Contains(ns) || ResolvedRegistry.FindNamespace(compilation.GlobalNamespace, ns) is not null)
        {
            return SourceVerdict.Typo;
        }

        return SourceVerdict.NeedsProject;
    }
}
