using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FindSymbols;
using Microsoft.CodeAnalysis.Text;

namespace Ssot.Oracle;

/// <summary>What one reference location is: a finding (rule) or an exclusion (reason), and its syntactic kind.</summary>
internal sealed record Classification(string? Rule, string? Reason, string Kind);

/// <summary>An entry resolved in one compilation: the symbols searched and the spans of their own declarations.</summary>
internal sealed class ResolvedEntry
{
    public ResolvedEntry(DeprecatedEntry entry) => Entry = entry;

    public DeprecatedEntry Entry { get; }

    /// <summary>Documentation IDs of everything this entry deprecates (the symbol; for N:, the namespaces and all types in them).</summary>
    public HashSet<string> Ids { get; } = new(StringComparer.Ordinal);

    /// <summary>Declaring syntax (file path, full span) of each deprecated symbol by documentation ID, across all compilations.</summary>
    public Dictionary<string, HashSet<(string Path, TextSpan Span)>> Declarations { get; } = new(StringComparer.Ordinal);

    public void AddDeclaration(string id, string path, TextSpan span)
    {
        if (!Declarations.TryGetValue(id, out var set))
        {
            Declarations[id] = set = [];
        }

        set.Add((path, span));
    }

    /// <summary>True when a location lies inside the declaration of the deprecated symbol it references.</summary>
    public bool IsInOwnDeclaration(ISymbol definition, string path, TextSpan span) =>
        definition.OriginalDefinition.GetDocumentationCommentId() is { } id
        && Declarations.TryGetValue(id, out var set)
        && set.Any(d => d.Span.Contains(span) && string.Equals(d.Path, path, StringComparison.Ordinal));

    public bool IsNamespace => Entry.Symbol.StartsWith("N:", StringComparison.Ordinal);
}

/// <summary>Classifies a Find All References location by the syntax and semantics around it.</summary>
internal static class Classifier
{
    public static async Task<Classification> ClassifyAsync(
        ReferenceLocation location, ISymbol definition, ResolvedEntry entry, bool generated, bool viaConstructor, CancellationToken ct)
    {
        var document = location.Document;
        var span = location.Location.SourceSpan;
        var root = await document.GetSyntaxRootAsync(ct).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"{document.FilePath}: no syntax root");
        var model = await document.GetSemanticModelAsync(ct).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"{document.FilePath}: no semantic model");
        var token = root.FindToken(span.Start, findInsideTrivia: true);
        var kind = location.IsImplicit ? "implicit" : KindOf(token, model, definition, location);

        if (generated)
        {
            return new Classification(null, "generated", kind);
        }

        var path = document.FilePath ?? string.Empty;
        if (entry.IsInOwnDeclaration(viaConstructor ? definition.ContainingType : definition, path, span))
        {
            return new Classification(null, "own-declaration", kind);
        }

        if (viaConstructor && kind is "ctor-initializer" or "implicit-new" or "implicit")
        {
            // A deprecated type's constructor reached without naming the type (`base(...)`, `this(...)`, `new()`):
            // the type itself is named elsewhere (base list, declared type), which is the finding.
            return new Classification(null, "type-constructor-without-name", kind);
        }

        if (token.Parent?.FirstAncestorOrSelf<BaseNamespaceDeclarationSyntax>() is { } namespaceDeclaration
            && namespaceDeclaration.Name.Span.Contains(span))
        {
            return new Classification(null, "namespace-declaration", "namespace-declaration");
        }

        if (token.Parent is not null && token.Parent.AncestorsAndSelf(ascendOutOfTrivia: false)
                .Any(n => n is CrefSyntax or DocumentationCommentTriviaSyntax))
        {
            return new Classification(null, "cref", "cref");
        }

        if (IsInNameof(token, model))
        {
            return new Classification(null, "nameof", "nameof");
        }

        var usingDirective = token.Parent?.FirstAncestorOrSelf<UsingDirectiveSyntax>();
        if (usingDirective is not null)
        {
            var usingKind = usingDirective.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword) ? "global-using"
                : usingDirective.Alias is not null ? "using-alias"
                : usingDirective.StaticKeyword.IsKind(SyntaxKind.StaticKeyword) ? "using-static"
                : "using";
            var target = usingDirective.NamespaceOrType;
            var name = OutermostName(token.Parent!);
            if (name == target || (target is GenericNameSyntax g && name == g) || IsRightmostOf(name, target))
            {
                var bound = model.GetSymbolInfo(target, ct).Symbol;
                if (bound is not null && IsDeprecated(bound, entry))
                {
                    return new Classification("SSOT002", null, usingKind);
                }
            }

            if (definition is INamespaceSymbol)
            {
                return new Classification(null, "namespace-qualifier", usingKind + "-qualifier");
            }

            return new Classification("SSOT001", null, "in-" + usingKind);
        }

        if (definition is INamespaceSymbol)
        {
            // `Legacy.Transport.Foo`: the type reference after the qualifier is the finding, not the qualifier.
            return new Classification(null, "namespace-qualifier", "namespace-qualifier");
        }

        return new Classification("SSOT001", null, kind);
    }

    private static bool IsRightmostOf(SyntaxNode name, SyntaxNode target) =>
        target is QualifiedNameSyntax q ? name == q.Right || name == q : target is AliasQualifiedNameSyntax a && name == a.Name;

    private static bool IsDeprecated(ISymbol bound, ResolvedEntry entry)
    {
        for (ISymbol? s = bound.OriginalDefinition; s is not null; s = s.ContainingSymbol)
        {
            var id = s.GetDocumentationCommentId();
            if (id is not null && entry.Ids.Contains(id))
            {
                return true;
            }

            if (!entry.IsNamespace)
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsInNameof(SyntaxToken token, SemanticModel model)
    {
        foreach (var invocation in token.Parent?.AncestorsAndSelf().OfType<InvocationExpressionSyntax>() ?? [])
        {
            if (invocation.Expression is IdentifierNameSyntax { Identifier.ValueText: "nameof" }
                && model.GetSymbolInfo(invocation).Symbol is null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Climbs from a name to the largest name/member access of which it is the rightmost part.</summary>
    private static SyntaxNode OutermostName(SyntaxNode node)
    {
        var n = node;
        while (n.Parent is { } p && (
                   (p is QualifiedNameSyntax q && q.Right == n) ||
                   (p is MemberAccessExpressionSyntax m && m.Name == n) ||
                   (p is AliasQualifiedNameSyntax a && a.Name == n) ||
                   (p is MemberBindingExpressionSyntax b && b.Name == n)))
        {
            n = p;
        }

        return n;
    }

    private static string KindOf(SyntaxToken token, SemanticModel model, ISymbol definition, ReferenceLocation location)
    {
        var parent = token.Parent;
        if (parent is null)
        {
            return "unknown";
        }

        if (token.IsKind(SyntaxKind.NewKeyword) && parent is ImplicitObjectCreationExpressionSyntax)
        {
            return "implicit-new";
        }

        if (parent is ConstructorInitializerSyntax)
        {
            return "ctor-initializer";
        }

        if (location.Alias is not null)
        {
            return "alias-reference";
        }

        var n = OutermostName(parent);
        var p = n.Parent;
        switch (p)
        {
            case AttributeSyntax a when a.Name == n:
                return "attribute";
            case NameEqualsSyntax { Parent: AttributeArgumentSyntax }:
                return "attribute-argument";
            case ObjectCreationExpressionSyntax oc when oc.Type == n:
                return "object-creation";
            case TypeArgumentListSyntax:
                return "generic-argument";
            case SimpleBaseTypeSyntax or PrimaryConstructorBaseTypeSyntax:
                return "base-type";
            case TypeConstraintSyntax:
                return "type-constraint";
            case TypeOfExpressionSyntax:
                return "typeof";
        }

        // `new Foo[...]`, `Foo?`, `Foo[]` and the like wrap the name; look through them for base lists and type arguments.
        if (n.Ancestors().TakeWhile(a => a is TypeSyntax).LastOrDefault()?.Parent is TypeArgumentListSyntax)
        {
            return "generic-argument";
        }

        switch (definition)
        {
            case INamespaceSymbol:
                return "namespace-qualifier";
            case IMethodSymbol { MethodKind: MethodKind.Constructor }:
                return "constructor-reference";
            case IMethodSymbol:
                if (p is InvocationExpressionSyntax invocation && invocation.Expression == n)
                {
                    var bound = model.GetSymbolInfo(n).Symbol as IMethodSymbol;
                    if (bound?.MethodKind == MethodKind.ReducedExtension)
                    {
                        return "extension-call";
                    }

                    return IsUsingStaticImport(n, model, definition) ? "using-static-member" : "invocation";
                }

                return "method-group";
            case INamedTypeSymbol:
                if (p is MemberAccessExpressionSyntax ma && ma.Expression == n)
                {
                    return "static-member-access";
                }

                if (p is QualifiedNameSyntax qn && qn.Left == n)
                {
                    return "type-qualifier";
                }

                return "type-reference";
            default:
                if (p is AssignmentExpressionSyntax { Parent: InitializerExpressionSyntax } assignment && assignment.Left == n)
                {
                    return "object-initializer";
                }

                if (n is MemberAccessExpressionSyntax or MemberBindingExpressionSyntax)
                {
                    return "member-access";
                }

                return IsUsingStaticImport(n, model, definition) ? "using-static-member" : "simple-name";
        }
    }

    /// <summary>A bare static-member name used outside its declaring type hierarchy must come from <c>using static</c>.</summary>
    private static bool IsUsingStaticImport(SyntaxNode name, SemanticModel model, ISymbol definition)
    {
        if (name is not SimpleNameSyntax || !definition.IsStatic || definition.ContainingType is null)
        {
            return false;
        }

        // Compare by documentation ID: the definition may come from another compilation of the same (linked) file.
        var declaring = definition.ContainingType.OriginalDefinition.GetDocumentationCommentId();
        var enclosing = model.GetEnclosingSymbol(name.SpanStart);
        for (var type = enclosing as INamedTypeSymbol ?? enclosing?.ContainingType; type is not null; type = type.ContainingType)
        {
            for (INamedTypeSymbol? t = type; t is not null; t = t.BaseType)
            {
                if (string.Equals(t.OriginalDefinition.GetDocumentationCommentId(), declaring, StringComparison.Ordinal))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
