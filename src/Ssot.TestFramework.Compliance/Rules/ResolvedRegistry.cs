using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Ssot.TestFramework.Compliance.Rules;

/// <summary>
/// The registry bound to one compilation: maps symbols back to their entries. Read-only after construction, so safe to
/// share across the parallel per-file analysis.
/// </summary>
internal sealed class ResolvedRegistry
{
    private readonly Dictionary<ISymbol, DeprecatedEntry> _deprecated = new(SymbolEqualityComparer.Default);
    private readonly List<(string Namespace, DeprecatedEntry Entry)> _deprecatedNamespaces = [];
    private readonly Dictionary<ISymbol, ResolvedCanonical> _canonicalSymbols = new(SymbolEqualityComparer.Default);

    private ResolvedRegistry(SsotRegistry registry) => Registry = registry;

    public SsotRegistry Registry { get; }

    public List<ResolvedCanonical> Canonical { get; } = [];

    /// <summary>Identifier texts that can bind to a registry symbol; other names are never bound (the hot path).</summary>
    public HashSet<string> RelevantNames { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets the entries (symbol IDs) that resolve to nothing in this compilation.</summary>
    public List<string> Unresolved { get; } = [];

    /// <summary>Gets the symbols of <c>"removed": true</c> entries that this compilation declares in source again.</summary>
    public List<(DeprecatedEntry Entry, ISymbol Symbol)> Redeclared { get; } = [];

    /// <summary>Gets whether a deprecated entry is a constructor, so <c>base(...)</c>, <c>this(...)</c> and <c>new</c> sites are bound.</summary>
    public bool HasConstructorEntries { get; private set; }

    /// <summary>Gets whether nothing resolved, so no rule can report in this compilation.</summary>
    public bool IsEmpty => _deprecated.Count == 0 && _deprecatedNamespaces.Count == 0 && Canonical.Count == 0;

    /// <summary>
    /// Binds every entry. What resolves to nothing is listed in <see cref="Unresolved"/>; the scan decides, over all
    /// compilations, whether that is an error (see <see cref="RegistryResolution"/>).
    /// </summary>
    public static ResolvedRegistry Resolve(SsotRegistry registry, Compilation compilation)
    {
        var resolved = new ResolvedRegistry(registry);
        List<string> unresolved = resolved.Unresolved;
        foreach (DeprecatedEntry entry in registry.Deprecated)
        {
            if (entry.Symbol.StartsWith("N:", StringComparison.Ordinal))
            {
                string ns = entry.Symbol[2..];
                INamespaceSymbol? found = FindNamespace(compilation.GlobalNamespace, ns);
                if (found is null)
                {
                    unresolved.Add(entry.Symbol);
                }
                else
                {
                    resolved._deprecatedNamespaces.Add((ns, entry));
                    if (entry.Removed && found.Locations.Any(l => l.IsInSource))
                    {
                        resolved.Redeclared.Add((entry, found));
                    }
                }

                continue;
            }

            ImmutableArray<ISymbol> symbols = DocumentationCommentId.GetSymbolsForDeclarationId(entry.Symbol, compilation);
            if (symbols.IsDefaultOrEmpty)
            {
                unresolved.Add(entry.Symbol);
            }

            foreach (ISymbol s in symbols)
            {
                resolved._deprecated[s.OriginalDefinition] = entry;
                if (entry.Removed && s.Locations.Any(l => l.IsInSource))
                {
                    resolved.Redeclared.Add((entry, s.OriginalDefinition));
                }
            }
        }

        foreach (CanonicalEntry entry in registry.Canonical)
        {
            INamedTypeSymbol? type = Single<INamedTypeSymbol>(entry.Symbol, compilation, unresolved);
            IMethodSymbol? factory = entry.Factory is null ? null : Single<IMethodSymbol>(entry.Factory, compilation, unresolved);
            INamedTypeSymbol? iface = entry.Implements is null ? null : Single<INamedTypeSymbol>(entry.Implements, compilation, unresolved);
            if (type is null)
            {
                continue;
            }

            var rc = new ResolvedCanonical(entry, type, factory, iface);
            resolved.Canonical.Add(rc);
            resolved._canonicalSymbols[type] = rc;
            if (factory is not null)
            {
                resolved._canonicalSymbols[factory] = rc;
            }
        }

        resolved.CollectRelevantNames(compilation);
        resolved.HasConstructorEntries = resolved._deprecated.Keys.Any(k => k is IMethodSymbol { MethodKind: MethodKind.Constructor });
        return resolved;
    }

    /// <summary>Returns the deprecated entry for a symbol (after <c>OriginalDefinition</c>), or null.</summary>
    public DeprecatedEntry? FindDeprecated(ISymbol symbol)
    {
        if (_deprecated.TryGetValue(symbol, out DeprecatedEntry? entry))
        {
            return entry;
        }

        if (_deprecatedNamespaces.Count > 0 && symbol is INamedTypeSymbol type)
        {
            return FindDeprecatedNamespace(type.ContainingNamespace);
        }

        return null;
    }

    /// <summary>Returns the N: entry covering a namespace (itself or a parent), or null.</summary>
    public DeprecatedEntry? FindDeprecatedNamespace(INamespaceSymbol? ns)
    {
        if (ns is null || ns.IsGlobalNamespace || _deprecatedNamespaces.Count == 0)
        {
            return null;
        }

        string name = ns.ToDisplayString();
        foreach ((string n, DeprecatedEntry e) in _deprecatedNamespaces)
        {
            if (name == n || name.StartsWith(n + ".", StringComparison.Ordinal))
            {
                return e;
            }
        }

        return null;
    }

    private void CollectRelevantNames(Compilation compilation)
    {
        foreach (ISymbol s in _deprecated.Keys.Concat(_canonicalSymbols.Keys).Concat(Canonical.Select(c => c.Interface).OfType<ISymbol>()))
        {
            AddName(s is IMethodSymbol { MethodKind: MethodKind.Constructor } ctor ? ctor.ContainingType : s);
        }

        foreach ((string ns, _) in _deprecatedNamespaces)
        {
            var stack = new Stack<INamespaceOrTypeSymbol>();
            if (FindNamespace(compilation.GlobalNamespace, ns) is { } root)
            {
                stack.Push(root);
            }

            while (stack.Count > 0)
            {
                foreach (ISymbol member in stack.Pop().GetMembers())
                {
                    if (member is INamespaceOrTypeSymbol container)
                    {
                        AddName(member);
                        stack.Push(container);
                    }
                }
            }
        }
    }

    private void AddName(ISymbol symbol)
    {
        if (symbol is INamespaceSymbol)
        {
            return;
        }

        RelevantNames.Add(symbol.Name);
        if (symbol is INamedTypeSymbol && symbol.Name.Length > "Attribute".Length && symbol.Name.EndsWith("Attribute", StringComparison.Ordinal))
        {
            RelevantNames.Add(symbol.Name[..^"Attribute".Length]);
        }
    }

    public ResolvedCanonical? FindCanonical(ISymbol symbol) =>
        _canonicalSymbols.TryGetValue(symbol, out ResolvedCanonical? c) ? c : null;

    private static T? Single<T>(string id, Compilation compilation, List<string> unresolved)
        where T : class, ISymbol
    {
        T? s = DocumentationCommentId.GetSymbolsForDeclarationId(id, compilation).OfType<T>().FirstOrDefault();
        if (s is null)
        {
            unresolved.Add(id);
        }

        return (T?)s?.OriginalDefinition;
    }

    internal static INamespaceSymbol? FindNamespace(INamespaceSymbol global, string name)
    {
        INamespaceSymbol? current = global;
        foreach (string part in name.Split('.'))
        {
            current = current?.GetNamespaceMembers().FirstOrDefault(n => n.Name == part);
        }

        return current;
    }
}
