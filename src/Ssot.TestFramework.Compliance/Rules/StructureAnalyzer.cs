using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Ssot.TestFramework.Compliance.Rules;

/// <summary>
/// Whole-compilation checks on declarations: SSOT004 (multiple import paths) and SSOT006 (duplicate implementation or
/// creation path). Runs once per scan after the per-file pass. SSOT006's third check, a renamed copy of a canonical
/// type's public surface, compares every compilation of the scan with every canonical type: see
/// <see cref="SurfaceDuplicates"/>.
/// </summary>
internal static class StructureAnalyzer
{
    /// <summary>
    /// The declaration checks of one compilation: SSOT004 directly, and the SSOT006 facts (implementations, creation
    /// sites) that <see cref="Decide"/> judges over every compilation of the scan, so duplicates in two projects count.
    /// </summary>
    public static (IReadOnlyList<Violation> Violations, IReadOnlyList<StructureFact> Facts) Analyze(Compilation compilation, ResolvedRegistry registry, IEnumerable<CreationSite> creations)
    {
        if (registry.Canonical.Count == 0)
        {
            return ([], []);
        }

        INamedTypeSymbol[] sourceTypes = compilation.GetSymbolsWithName(_ => true, SymbolFilter.Type).OfType<INamedTypeSymbol>().ToArray();
        var results = new List<Violation>();
        var facts = new List<StructureFact>();
        foreach (ResolvedCanonical canonical in registry.Canonical)
        {
            results.AddRange(SameName(canonical, sourceTypes));
            results.AddRange(ReExposed(compilation, canonical, sourceTypes));
            facts.AddRange(Implementations(canonical, sourceTypes));
        }

        foreach (CreationSite site in creations)
        {
            facts.Add(Creation(site));
        }

        return (results, facts);
    }

    /// <summary>Judges the SSOT006 facts of every compilation together.</summary>
    public static IEnumerable<(Violation Violation, StructureFact Fact)> Decide(IEnumerable<StructureFact> facts)
    {
        foreach (IGrouping<string, StructureFact> group in facts.Where(f => f.Kind == StructureFactKind.Implementation).GroupBy(f => f.Entry + "|" + f.Interface, StringComparer.Ordinal))
        {
            int implementations = group.Select(f => f.Member).Distinct(StringComparer.Ordinal).Count();
            if (implementations <= 1)
            {
                continue;
            }

            foreach (StructureFact f in group.Where(f => f.Counts))
            {
                yield return (f.Violation with
                {
                    Message = $"'{f.Member}' is one of {implementations} implementations of {f.Interface}; the canonical one is {f.Canonical}.",
                }, f);
            }
        }

        foreach (IGrouping<string, StructureFact> group in facts.Where(f => f.Kind == StructureFactKind.Creation).GroupBy(f => f.Entry, StringComparer.Ordinal))
        {
            StructureFact[] outside = group.Where(f => f.Counts).ToArray();
            int creators = outside.Select(f => f.Member).Distinct(StringComparer.Ordinal).Count();
            bool hasFactory = group.First().HasFactory;
            if (hasFactory ? creators >= 1 : creators > 1)
            {
                foreach (StructureFact f in outside)
                {
                    yield return (f.Violation, f);
                }
            }
        }
    }

    private static IEnumerable<Violation> SameName(ResolvedCanonical canonical, INamedTypeSymbol[] types)
    {
        string ns = canonical.Type.ContainingNamespace.ToDisplayString();
        foreach (INamedTypeSymbol t in types)
        {
            if (t.Name == canonical.Type.Name && t.ContainingType is null && !SymbolEqualityComparer.Default.Equals(t, canonical.Type)
                && t.ContainingNamespace.ToDisplayString() != ns)
            {
                yield return At(SsotRuleIds.MultipleImportPaths, t, canonical, $"same simple name declared in namespace {t.ContainingNamespace.ToDisplayString()}",
                    $"'{t.ToDisplayString()}' declares the canonical name {canonical.Type.Name} in another namespace; use {canonical.Type.ToDisplayString()} and delete or rename this type.");
            }
        }
    }

    private static IEnumerable<Violation> ReExposed(Compilation compilation, ResolvedCanonical canonical, INamedTypeSymbol[] types)
    {
        foreach (INamedTypeSymbol t in types)
        {
            if (SymbolEqualityComparer.Default.Equals(t, canonical.Type) || t.TypeKind != TypeKind.Class)
            {
                continue;
            }

            IEnumerable<ISymbol> own = t.GetMembers().Where(m => !m.IsImplicitlyDeclared && m is not IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor });
            if (SymbolEqualityComparer.Default.Equals(t.BaseType?.OriginalDefinition, canonical.Type) && !own.Any())
            {
                yield return At(SsotRuleIds.MultipleImportPaths, t, canonical, $"subclass re-exposes {canonical.Type.Name} as {t.Name}",
                    $"'{t.ToDisplayString()}' subclasses canonical {canonical.Type.ToDisplayString()} without behaviour of its own; use the canonical type.");
            }
            else if (IsPureWrapper(compilation, t, canonical.Type))
            {
                yield return At(SsotRuleIds.MultipleImportPaths, t, canonical, $"wrapper re-exposes {canonical.Type.Name} as {t.Name}",
                    $"'{t.ToDisplayString()}' only forwards to canonical {canonical.Type.ToDisplayString()}; use the canonical type.");
            }
        }
    }

    private static bool IsPureWrapper(Compilation compilation, INamedTypeSymbol t, INamedTypeSymbol canonical)
    {
        string[] wrapped = t.GetMembers()
            .Where(m => !m.IsImplicitlyDeclared && (m is IFieldSymbol f && SymbolEqualityComparer.Default.Equals(f.Type.OriginalDefinition, canonical)
                || m is IPropertySymbol p && SymbolEqualityComparer.Default.Equals(p.Type.OriginalDefinition, canonical)))
            .Select(m => m.Name)
            .ToArray();
        if (wrapped.Length == 0)
        {
            return false;
        }

        int forwarding = 0;
        foreach (IMethodSymbol m in t.GetMembers().OfType<IMethodSymbol>().Where(m => m.MethodKind == MethodKind.Ordinary && !m.IsImplicitlyDeclared))
        {
            foreach (SyntaxReference r in m.DeclaringSyntaxReferences)
            {
                if (r.GetSyntax() is not MethodDeclarationSyntax decl || !Forwards(decl, wrapped))
                {
                    return false;
                }
            }

            forwarding++;
        }

        return forwarding > 0;
    }

    private static bool Forwards(MethodDeclarationSyntax decl, string[] wrapped)
    {
        ExpressionSyntax? e = decl.ExpressionBody?.Expression;
        if (e is null && decl.Body is { Statements.Count: 1 } body)
        {
            e = body.Statements[0] switch
            {
                ReturnStatementSyntax ret => ret.Expression,
                ExpressionStatementSyntax es => es.Expression,
                _ => null,
            };
        }

        if (e is AwaitExpressionSyntax aw)
        {
            e = aw.Expression;
        }

        // Pure forwarding: Name(args) => _wrapped.Name(args), the same member name on the wrapped instance.
        return e is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax field } access }
            && access.Name.Identifier.ValueText == decl.Identifier.ValueText
            && wrapped.Contains(field.Identifier.ValueText, StringComparer.Ordinal);
    }

    private static IEnumerable<StructureFact> Implementations(ResolvedCanonical canonical, INamedTypeSymbol[] types)
    {
        if (canonical.Interface is null)
        {
            yield break;
        }

        string iface = canonical.Interface.ToDisplayString();
        foreach (INamedTypeSymbol t in types.Where(t => !t.IsAbstract && t.TypeKind is TypeKind.Class or TypeKind.Struct
            && t.AllInterfaces.Any(i => SymbolEqualityComparer.Default.Equals(i.OriginalDefinition, canonical.Interface))))
        {
            bool isCanonical = SymbolEqualityComparer.Default.Equals(t, canonical.Type);
            Violation v = At(SsotRuleIds.DuplicateImplementation, t, canonical, $"second implementation of {iface}", string.Empty, canonical.Entry.Implements!);
            yield return new StructureFact(StructureFactKind.Implementation, canonical.Entry.Symbol, t.ToDisplayString(), !isCanonical, HasFactory: false, v, iface, canonical.Type.ToDisplayString());
        }
    }

    private static StructureFact Creation(CreationSite s)
    {
        ResolvedCanonical canonical = s.Canonical;
        bool outside = canonical.Factory is null || !SymbolEqualityComparer.Default.Equals(s.Creator, canonical.Factory);
        string sanctioned = canonical.Factory?.ToDisplayString() ?? "a single factory";
        Violation v = SyntaxFacts.WithEnd(new Violation(SsotRuleIds.DuplicateImplementation, s.File, s.Line, s.Column, canonical.Entry.Symbol,
            $"new {canonical.Type.Name} in {s.EnclosingMember}", sanctioned, null, s.EnclosingMember,
            $"'{s.EnclosingMember}' creates canonical {canonical.Type.ToDisplayString()} with new; create it through {sanctioned}."), s.Span);
        return new StructureFact(StructureFactKind.Creation, canonical.Entry.Symbol, s.EnclosingMember + "|" + s.File, outside, canonical.Factory is not null, v, null, canonical.Type.ToDisplayString());
    }

    private static Violation At(string rule, INamedTypeSymbol t, ResolvedCanonical canonical, string reached, string message, string? symbolId = null)
    {
        Location loc = t.Locations.First(l => l.IsInSource);
        FileLinePositionSpan span = loc.GetLineSpan();
        return SyntaxFacts.WithEnd(new Violation(rule, span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, symbolId ?? canonical.Entry.Symbol,
            reached, canonical.Type.ToDisplayString(), null, t.ToDisplayString(), message), span);
    }
}
