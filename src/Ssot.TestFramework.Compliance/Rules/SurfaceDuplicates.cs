using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;

namespace Ssot.TestFramework.Compliance.Rules;

/// <summary>
/// A canonical type's public surface as compilation-independent member signatures (see
/// <see cref="SurfaceDuplicates"/>), so a copy in a compilation that never references the canonical type compares too.
/// </summary>
/// <param name="Entry">The canonical entry's symbol ID.</param>
/// <param name="Canonical">The canonical type's display name.</param>
/// <param name="Members">Each surface member's signature key and how it is shown to a person.</param>
/// <param name="Required">The fewest matching members that report (0: the surface is too small to report anything).</param>
/// <param name="NameBound">The fewest distinct member names spelled in source (constructors, indexers, operators left out) a single declaration must mention to reach <see cref="Required"/>.</param>
internal sealed record CanonicalSurface(string Entry, string Canonical, IReadOnlyDictionary<string, string> Members, int Required, int NameBound)
{
    /// <summary>Gets the distinct member names of the surface, constructors as <c>.ctor</c>.</summary>
    public HashSet<string> Names { get; } = new(Members.Keys.Select(SurfaceDuplicates.NameOf), StringComparer.Ordinal);
}

/// <summary>
/// The SSOT006 surface check: a class or struct outside the canonical type whose public surface duplicates the canonical
/// type's (a renamed copy) is a duplicate implementation. One pass over the declared types of each compilation; each
/// type's signatures are compared as hash sets. Stateless and thread-safe.
/// </summary>
/// <remarks>
/// The surface of a type: its own (not inherited), explicitly declared public, protected and protected internal
/// methods (ordinary, operators, conversions), constructors, properties, indexers, events and fields, static or not;
/// overrides of <see cref="object"/>'s members (<c>ToString</c>, <c>Equals</c>, <c>GetHashCode</c>) and accessors are
/// left out, and on the other type abstract members (they implement nothing). A signature is the kind, static or not,
/// the name (constructors <c>.ctor</c>), the generic arity, each parameter's ref kind and type and the return type. Types
/// are compared by name without namespace, with their type arguments; the type itself is <c>&lt;self&gt;</c>, type
/// parameters by position; nullable annotations, <c>Nullable&lt;T&gt;</c> (<c>int?</c> is <c>int</c>) and tuple element names are ignored. So a copy moved to another
/// namespace (with its helper types) matches, and source mode, where types of non-candidate files are unresolved names,
/// agrees with exact mode. Each overload is one member; similarity = matched / canonical surface members.
/// </remarks>
internal static class SurfaceDuplicates
{
    private static readonly SymbolDisplayFormat s_memberDisplay = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameOnly,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        memberOptions: SymbolDisplayMemberOptions.IncludeParameters,
        parameterOptions: SymbolDisplayParameterOptions.IncludeType | SymbolDisplayParameterOptions.IncludeParamsRefOut,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes);

    /// <summary>Gets the canonical type's surface, with the figures the options give for its size.</summary>
    public static CanonicalSurface Of(ResolvedCanonical canonical, DuplicateSurfaceOptions options)
    {
        Dictionary<string, string> members = Members(canonical.Type, abstractCounts: true);
        int required = options.Required(members.Count);
        return new CanonicalSurface(canonical.Entry.Symbol, canonical.Type.ToDisplayString(), members, required, NameBound(members.Keys, required));
    }

    /// <summary>
    /// Finds the copies among the types declared in <paramref name="analysed"/> of <paramref name="compilation"/>.
    /// </summary>
    /// <param name="compilation">The compilation.</param>
    /// <param name="analysed">Its trees to report in (in scope, not generated).</param>
    /// <param name="resolved">The registry as bound to this compilation (for the types that are exempt).</param>
    /// <param name="surfaces">The canonical surfaces to compare with, one per canonical entry.</param>
    /// <param name="options">Threshold, minimum and allow-list.</param>
    public static IEnumerable<Violation> Find(Compilation compilation, IReadOnlyCollection<SyntaxTree> analysed, ResolvedRegistry resolved, IReadOnlyList<CanonicalSurface> surfaces, DuplicateSurfaceOptions options)
    {
        CanonicalSurface[] active = surfaces.Where(s => s.Required > 0).ToArray();
        if (active.Length == 0 || analysed.Count == 0)
        {
            return [];
        }

        var trees = new HashSet<SyntaxTree>(analysed);
        var canonicalTypes = new HashSet<ISymbol>(resolved.Canonical.Select(c => (ISymbol)c.Type), SymbolEqualityComparer.Default);
        var canonicalNames = new HashSet<string>(surfaces.Select(s => s.Canonical), StringComparer.Ordinal);
        var violations = new List<Violation>();
        foreach (INamedTypeSymbol t in compilation.GetSymbolsWithName(_ => true, SymbolFilter.Type).OfType<INamedTypeSymbol>())
        {
            if (t.TypeKind is not (TypeKind.Class or TypeKind.Struct) || canonicalTypes.Contains(t) || canonicalNames.Contains(t.ToDisplayString()))
            {
                continue;
            }

            Location? at = t.Locations.FirstOrDefault(l => l.IsInSource && trees.Contains(l.SourceTree!));
            if (at is null)
            {
                continue;
            }

            // Cheap first: the declared member names (no binding) must cover the fewest names a match needs.
            DeclaredNames names = new(t.MemberNames);
            CanonicalSurface[] possible = active.Where(s => names.CountIn(s.Names) >= s.NameBound).ToArray();
            if (possible.Length == 0 || IsExempt(t, resolved, options))
            {
                continue;
            }

            HashSet<string> own = [.. Members(t, abstractCounts: false).Keys];
            foreach (CanonicalSurface surface in possible)
            {
                ResolvedCanonical? canonical = resolved.Canonical.FirstOrDefault(c => c.Entry.Symbol == surface.Entry);
                if (canonical is not null && IsRelated(t, canonical))
                {
                    continue;
                }

                int matched = own.Count < surface.Members.Count ? own.Count(surface.Members.ContainsKey) : surface.Members.Keys.Count(own.Contains);
                if (matched >= surface.Required)
                {
                    violations.Add(Report(t, at, surface, matched, own));
                }
            }
        }

        return violations;
    }

    /// <summary>The member name in a signature key (<c>M static Create(ChatUser):&lt;self&gt;</c> is <c>Create</c>).</summary>
    internal static string NameOf(string key)
    {
        int start = key.IndexOf(' ', StringComparison.Ordinal) + 1;
        if (key.AsSpan(start).StartsWith("static "))
        {
            start += "static ".Length;
        }

        int end = key.IndexOfAny(['(', ':', '`', '['], start);
        string name = key[start..(end < 0 ? key.Length : end)];
        return name == "this" && end >= 0 && key[end] == '[' ? "this[]" : name;
    }

    /// <summary>Whether a member name is written as such in source: constructors, indexers and operators are not.</summary>
    internal static bool IsSpelledInSource(string name) =>
        name != ".ctor" && name != "this[]" && !name.StartsWith("op_", StringComparison.Ordinal);

    /// <summary>The surface of <paramref name="type"/>: signature key to display.</summary>
    internal static Dictionary<string, string> Members(INamedTypeSymbol type, bool abstractCounts)
    {
        var members = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (ISymbol m in type.GetMembers())
        {
            if (m.IsImplicitlyDeclared || m.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal)
                || (!abstractCounts && m.IsAbstract) || OverridesObject(m))
            {
                continue;
            }

            string? key = Key(m, type);
            if (key is not null)
            {
                members.TryAdd(key, m.ToDisplayString(s_memberDisplay));
            }
        }

        return members;
    }

    private static string? Key(ISymbol m, INamedTypeSymbol self)
    {
        string stat = m.IsStatic ? "static " : string.Empty;
        switch (m)
        {
            case IMethodSymbol { MethodKind: MethodKind.Constructor } ctor:
                return $"C {stat}.ctor({Parameters(ctor.Parameters, self)})";
            case IMethodSymbol { MethodKind: MethodKind.Ordinary or MethodKind.UserDefinedOperator or MethodKind.Conversion } method:
                string arity = method.Arity > 0 ? "`" + method.Arity.ToString(CultureInfo.InvariantCulture) : string.Empty;
                return $"M {stat}{method.Name}{arity}({Parameters(method.Parameters, self)}):{RefKind(method.RefKind)}{TypeKey(method.ReturnType, self)}";
            case IPropertySymbol { IsIndexer: true } indexer:
                return $"P {stat}this[{Parameters(indexer.Parameters, self)}]:{RefKind(indexer.RefKind)}{TypeKey(indexer.Type, self)}";
            case IPropertySymbol property:
                return $"P {stat}{property.Name}:{RefKind(property.RefKind)}{TypeKey(property.Type, self)}";
            case IEventSymbol evt:
                return $"E {stat}{evt.Name}:{TypeKey(evt.Type, self)}";
            case IFieldSymbol field:
                return $"F {(field.IsConst ? "const " : stat)}{field.Name}:{TypeKey(field.Type, self)}";
            default:
                return null;
        }
    }

    private static string Parameters(IEnumerable<IParameterSymbol> parameters, INamedTypeSymbol self) =>
        string.Join(",", parameters.Select(p => RefKind(p.RefKind) + TypeKey(p.Type, self)));

    private static string RefKind(RefKind kind) => kind switch
    {
        Microsoft.CodeAnalysis.RefKind.Ref => "ref ",
        Microsoft.CodeAnalysis.RefKind.Out => "out ",
        Microsoft.CodeAnalysis.RefKind.In or Microsoft.CodeAnalysis.RefKind.RefReadOnlyParameter => "in ",
        _ => string.Empty,
    };

    /// <summary>A type as the signature compares it: name without namespace, type arguments, the type itself as &lt;self&gt;.</summary>
    internal static string TypeKey(ITypeSymbol type, INamedTypeSymbol self)
    {
        var sb = new StringBuilder();
        Append(sb, type, self);
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, ITypeSymbol type, INamedTypeSymbol self)
    {
        switch (type)
        {
            case ITypeParameterSymbol p:
                sb.Append(p.TypeParameterKind == TypeParameterKind.Method ? "!!" : "!").Append(p.Ordinal);
                return;
            case IArrayTypeSymbol a:
                Append(sb, a.ElementType, self);
                sb.Append('[').Append(',', a.Rank - 1).Append(']');
                return;
            case IPointerTypeSymbol ptr:
                Append(sb, ptr.PointedAtType, self);
                sb.Append('*');
                return;
            case IDynamicTypeSymbol:
                sb.Append("dynamic");
                return;
            case INamedTypeSymbol { IsTupleType: true } tuple:
                sb.Append('(');
                for (int i = 0; i < tuple.TupleElements.Length; i++)
                {
                    sb.Append(i > 0 ? "," : string.Empty);
                    Append(sb, tuple.TupleElements[i].Type, self);
                }

                sb.Append(')');
                return;
            case INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable:
                // int? as int: source mode reads an unresolved reference type's ? (EventHandler?) as Nullable<T>.
                Append(sb, nullable.TypeArguments[0], self);
                return;
            case INamedTypeSymbol named:
                sb.Append(SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, self.OriginalDefinition) ? "<self>" : named.Name);
                if (named.TypeArguments.Length > 0)
                {
                    sb.Append('<');
                    for (int i = 0; i < named.TypeArguments.Length; i++)
                    {
                        sb.Append(i > 0 ? "," : string.Empty);
                        Append(sb, named.TypeArguments[i], self);
                    }

                    sb.Append('>');
                }

                return;
            default:
                sb.Append(type.Name.Length > 0 ? type.Name : type.ToDisplayString());
                return;
        }
    }

    /// <summary>
    /// The fewest distinct names spelled in source (constructors, indexers and operators left out: they count as present)
    /// whose keys can add up to <paramref name="required"/>.
    /// </summary>
    private static int NameBound(IEnumerable<string> keys, int required)
    {
        if (required == 0)
        {
            return 0;
        }

        IGrouping<string, string>[] groups = keys.GroupBy(NameOf, StringComparer.Ordinal).ToArray();
        int left = required - groups.Where(g => !IsSpelledInSource(g.Key)).Sum(g => g.Count());
        int names = 0;
        foreach (int count in groups.Where(g => IsSpelledInSource(g.Key)).Select(g => g.Count()).OrderDescending())
        {
            if (left <= 0)
            {
                break;
            }

            left -= count;
            names++;
        }

        return Math.Max(names, 1);
    }

    /// <summary>
    /// An override of <c>ToString()</c>, <c>Equals(object)</c> or <c>GetHashCode()</c>: judged by name and parameter count,
    /// because in source mode an unresolved first base type (e.g. <c>: IAsyncDisposable</c> without its usings) is taken
    /// for the base class and the overridden method cannot be found.
    /// </summary>
    private static bool OverridesObject(ISymbol m) =>
        m is IMethodSymbol { IsOverride: true } method
        && (method.Name is "ToString" or "GetHashCode" ? method.Parameters.Length == 0 : method.Name == "Equals" && method.Parameters.Length == 1);

    /// <summary>Allow-listed, generated, or a type the registry already tracks as deprecated.</summary>
    private static bool IsExempt(INamedTypeSymbol t, ResolvedRegistry resolved, DuplicateSurfaceOptions options) =>
        options.IsAllowed(FullName(t))
        || t.GetAttributes().Any(a => a.AttributeClass is { Name: "GeneratedCodeAttribute", ContainingNamespace: { } ns } && ns.ToDisplayString() == "System.CodeDom.Compiler")
        || resolved.FindDeprecated(t.OriginalDefinition) is not null;

    /// <summary>
    /// Derives from or implements the canonical type, implements the entry's interface (the implementation check judges
    /// it), or holds the canonical type in an instance field or property (a wrapper or decorator delegates to it).
    /// </summary>
    private static bool IsRelated(INamedTypeSymbol t, ResolvedCanonical canonical)
    {
        INamedTypeSymbol c = canonical.Type;
        for (INamedTypeSymbol? b = t.BaseType; b is not null; b = b.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(b.OriginalDefinition, c))
            {
                return true;
            }
        }

        if (t.AllInterfaces.Any(i => SymbolEqualityComparer.Default.Equals(i.OriginalDefinition, c)
            || (canonical.Interface is not null && SymbolEqualityComparer.Default.Equals(i.OriginalDefinition, canonical.Interface))))
        {
            return true;
        }

        return t.GetMembers().Any(m => !m.IsStatic && (m is IFieldSymbol f && SymbolEqualityComparer.Default.Equals(f.Type.OriginalDefinition, c)
            || m is IPropertySymbol p && SymbolEqualityComparer.Default.Equals(p.Type.OriginalDefinition, c)));
    }

    /// <summary>Namespace, containing types and name, without type parameters: what the allow-list matches.</summary>
    internal static string FullName(INamedTypeSymbol t)
    {
        string name = t.Name;
        for (INamedTypeSymbol? outer = t.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            name = outer.Name + "." + name;
        }

        return t.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() + "." + name : name;
    }

    private static Violation Report(INamedTypeSymbol t, Location at, CanonicalSurface surface, int matched, HashSet<string> own)
    {
        int total = surface.Members.Count;
        int percent = (int)Math.Floor(matched * 100.0 / total);
        string[] missing = surface.Members.Where(m => !own.Contains(m.Key)).Select(m => m.Value).Order(StringComparer.Ordinal).ToArray();
        string notMatched = missing.Length == 0
            ? string.Empty
            : $"; not matched: {string.Join(", ", missing.Take(3))}{(missing.Length > 3 ? $" and {missing.Length - 3} more" : string.Empty)}";
        string display = t.ToDisplayString();
        FileLinePositionSpan span = at.GetLineSpan();
        string message = $"{display} duplicates the public surface of canonical {surface.Canonical}: {matched} of {total} public members match ({percent}%){notMatched}. "
            + $"Keep one implementation: move its callers to {surface.Canonical} and delete this copy, or list it in the registry's duplicateSurface.allow if it is a deliberate adapter.";
        return SyntaxFacts.WithEnd(new Violation(SsotRuleIds.DuplicateImplementation, span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1,
            surface.Entry, $"public surface: {matched} of {total} members ({percent}%)", surface.Canonical, null, display, message), span);
    }

    /// <summary>Counts how many of a set's names a type declares, from <see cref="INamedTypeSymbol.MemberNames"/> (no binding).</summary>
    private readonly struct DeclaredNames(IEnumerable<string> names)
    {
        private readonly HashSet<string> _names = new(names, StringComparer.Ordinal);

        public int CountIn(HashSet<string> set) => _names.Count < set.Count ? _names.Count(set.Contains) : set.Count(_names.Contains);
    }
}
