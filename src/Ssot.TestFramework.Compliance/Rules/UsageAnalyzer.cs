using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Ssot.TestFramework.Compliance.Rules;

/// <summary>
/// Per-file semantic pass: SSOT001 (deprecated usage), SSOT002 (deprecated import), SSOT003 (alias confusion),
/// SSOT005 (dual pattern), and the <c>new</c> sites that SSOT006 needs. One instance per tree; instances run in parallel.
/// </summary>
internal sealed class UsageAnalyzer
{
    private readonly SemanticModel _model;
    private readonly ResolvedRegistry _registry;
    private readonly ImportIndex _imports;
    private readonly string _file;
    private readonly List<Violation> _violations = [];
    private Violation? _firstDeprecated;
    private (SyntaxNode Node, ResolvedCanonical Canonical)? _firstCanonical;

    public UsageAnalyzer(SemanticModel model, ResolvedRegistry registry, ImportIndex imports)
    {
        _model = model;
        _registry = registry;
        _imports = imports;
        _file = model.SyntaxTree.FilePath;
    }

    public List<CreationSite> Creations { get; } = [];

    /// <summary>Gets the places where a name could only be bound to candidates (an error in the code), one of them deprecated: never a finding.</summary>
    public List<string> Unresolved { get; } = [];

    public List<Violation> Analyze()
    {
        // No full tree walk: the text tells where a relevant identifier or a `new` can be; FindToken maps each
        // position to its token, so comments and strings (which hold no identifier tokens) never match.
        var root = (CompilationUnitSyntax)_model.SyntaxTree.GetRoot();
        AnalyzeUsings(root.Usings, root.Members);
        string text = _model.SyntaxTree.GetText().ToString();
        foreach (int position in Positions(text, root))
        {
            SyntaxToken token = root.FindToken(position);
            if (token.SpanStart != position)
            {
                continue;
            }

            if (token.Parent is SimpleNameSyntax name && token.IsKind(SyntaxKind.IdentifierToken)
                && name.FirstAncestorOrSelf<UsingDirectiveSyntax>() is null)
            {
                AnalyzeName(name);
                SyntaxNode top = name;
                while (top.Parent is QualifiedNameSyntax or AliasQualifiedNameSyntax)
                {
                    top = top.Parent;
                }

                if (top.Parent is ObjectCreationExpressionSyntax creation && creation.Type == top)
                {
                    AnalyzeCreation(creation);
                }
                else if (top.Parent is PrimaryConstructorBaseTypeSyntax primaryBase && primaryBase.Type == top && _registry.HasConstructorEntries)
                {
                    AnalyzeConstructorCall(primaryBase, name.Identifier, "primary constructor base");
                }
            }
            else if (token.IsKind(SyntaxKind.NewKeyword) && token.Parent is ImplicitObjectCreationExpressionSyntax implicitCreation
                && !HasIrrelevantDeclaredType(implicitCreation))
            {
                AnalyzeCreation(implicitCreation);
            }
            else if (token.Kind() is SyntaxKind.BaseKeyword or SyntaxKind.ThisKeyword && token.Parent is ConstructorInitializerSyntax initializer)
            {
                AnalyzeConstructorCall(initializer, token, "constructor initializer");
            }
        }

        if (_firstDeprecated is not null && _firstCanonical is { } canonical)
        {
            ReportDualPattern(_firstDeprecated, canonical.Node, canonical.Canonical);
        }

        return _violations;
    }

    private void AnalyzeUsings(SyntaxList<UsingDirectiveSyntax> usings, SyntaxList<MemberDeclarationSyntax> members)
    {
        // Iterative: namespaces can nest as deep as the file's braces.
        var pending = new Stack<(SyntaxList<UsingDirectiveSyntax> Usings, SyntaxList<MemberDeclarationSyntax> Members)>();
        pending.Push((usings, members));
        while (pending.Count > 0)
        {
            (SyntaxList<UsingDirectiveSyntax> currentUsings, SyntaxList<MemberDeclarationSyntax> currentMembers) = pending.Pop();
            foreach (UsingDirectiveSyntax u in currentUsings)
            {
                AnalyzeUsing(u);
            }

            foreach (BaseNamespaceDeclarationSyntax ns in currentMembers.OfType<BaseNamespaceDeclarationSyntax>().Reverse())
            {
                pending.Push((ns.Usings, ns.Members));
            }
        }
    }

    /// <summary>
    /// True when a target-typed <c>new()</c> initializes a variable, field or property whose declared type's name
    /// cannot be a registry type (e.g. <c>Dictionary&lt;int, string&gt; _items = new();</c>), so binding it is skipped.
    /// </summary>
    private bool HasIrrelevantDeclaredType(ImplicitObjectCreationExpressionSyntax creation)
    {
        TypeSyntax? declared = creation.Parent is EqualsValueClauseSyntax clause
            ? clause.Parent switch
            {
                VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax declaration } => declaration.Type,
                PropertyDeclarationSyntax property => property.Type,
                _ => null,
            }
            : null;
        if (declared is null or { IsVar: true })
        {
            return false;
        }

        string name = declared switch
        {
            QualifiedNameSyntax q => q.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax a => a.Name.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            NullableTypeSyntax { ElementType: SimpleNameSyntax simple } => simple.Identifier.ValueText,
            _ => string.Empty,
        };
        return name.Length > 0 && !_registry.RelevantNames.Contains(name) && !_imports.AliasNames.Contains(name);
    }

    /// <summary>Start positions of whole-word relevant names and of the <c>new</c> keyword, ascending.</summary>
    private IEnumerable<int> Positions(string text, CompilationUnitSyntax root)
    {
        var positions = new List<int>();
        IEnumerable<string> keywords = _registry.HasConstructorEntries ? ["new", "base", "this"] : ["new"];
        string[] words = _registry.RelevantNames.Concat(_imports.AliasNames).Concat(keywords).Distinct(StringComparer.Ordinal).ToArray();

        // An identifier written with \u escapes (Legacy\u0046actory) is the same identifier to the compiler: find the
        // token each escape lies in and keep it when its value is a relevant name.
        var names = new HashSet<string>(words, StringComparer.Ordinal);
        for (int at = text.IndexOf('\\'); at >= 0 && at + 1 < text.Length; at = text.IndexOf('\\', at + 1))
        {
            if (text[at + 1] is 'u' or 'U' && root.FindToken(at) is { RawKind: (int)SyntaxKind.IdentifierToken } token
                && token.Span.Contains(at) && names.Contains(token.ValueText))
            {
                positions.Add(token.SpanStart);
            }
        }

        foreach (string word in words)
        {
            int at = 0;
            while ((at = text.IndexOf(word, at, StringComparison.Ordinal)) >= 0)
            {
                int end = at + word.Length;
                if ((at == 0 || !IsIdentifierChar(text[at - 1]) || text[at - 1] == '@') && (end >= text.Length || !IsIdentifierChar(text[end])))
                {
                    // A verbatim identifier (@Name) starts at the '@'.
                    positions.Add(at > 0 && text[at - 1] == '@' ? at - 1 : at);
                }

                at = end;
            }
        }

        positions.Sort();
        return positions.Distinct();
    }

    private static bool IsIdentifierChar(char c) => char.IsLetterOrDigit(c) || c == '_' || c == '@';

    private void AnalyzeUsing(UsingDirectiveSyntax u)
    {
        if (u.NamespaceOrType is null)
        {
            return;
        }

        ISymbol? target = _model.GetSymbolInfo(u.NamespaceOrType).Symbol?.OriginalDefinition;
        if (target is null)
        {
            return;
        }

        string kind = SyntaxFacts.UsingKind(u);
        DeprecatedEntry? deprecated = target is INamespaceSymbol ns ? _registry.FindDeprecatedNamespace(ns) : _registry.FindDeprecated(target);
        if (deprecated is not null)
        {
            // At the imported name, as the compiler's Find All References places a directive's reference.
            AddAt(SsotRuleIds.DeprecatedImport, u, RightmostName(u.NamespaceOrType), deprecated.Symbol, $"{kind} {u.NamespaceOrType}", deprecated.Replacement, deprecated.Issue,
                $"'{kind} {u.NamespaceOrType}' imports deprecated {SymbolDisplay.Of(deprecated.Symbol)}; use {deprecated.Replacement}.");
        }

        if (u.Alias is null)
        {
            return;
        }

        string alias = u.Alias.Name.Identifier.ValueText;
        ResolvedCanonical? canonical = _registry.FindCanonical(target);
        if (target is INamedTypeSymbol && alias != target.Name && (canonical is not null || deprecated is not null))
        {
            string id = canonical?.Entry.Symbol ?? deprecated!.Symbol;
            Add(SsotRuleIds.AliasConfusion, u, id, $"{kind} renames {target.ToDisplayString()}", canonical is not null ? target.Name : deprecated!.Replacement,
                deprecated?.Issue, $"Alias '{alias}' renames {target.ToDisplayString()}; refer to the type by its own name.");
            return;
        }

        ResolvedCanonical? shadowed = _registry.Canonical.FirstOrDefault(c => c.Type.Name == alias && !SymbolEqualityComparer.Default.Equals(c.Type, target));
        if (shadowed is not null)
        {
            Add(SsotRuleIds.AliasConfusion, u, shadowed.Entry.Symbol, $"{kind} points to {target.ToDisplayString()}", shadowed.Type.ToDisplayString(), null,
                $"Alias '{alias}' has the canonical type's name but points to {target.ToDisplayString()}; use {shadowed.Type.ToDisplayString()}.");
        }
    }

    private void AnalyzeName(SimpleNameSyntax name)
    {
        if (name is IdentifierNameSyntax { IsVar: true } || SyntaxFacts.IsInsideNameof(name))
        {
            return;
        }

        SymbolInfo info = _model.GetSymbolInfo(name);
        ISymbol? symbol = info.Symbol;
        if (symbol is null)
        {
            // Overload resolution failed (or a type is missing): never guess "the first candidate".
            if (info.CandidateSymbols.Any(c => _registry.FindDeprecated(c.OriginalDefinition) is not null
                || (c is IMethodSymbol { MethodKind: MethodKind.Constructor } k && _registry.FindDeprecated(k.ContainingType.OriginalDefinition) is not null)))
            {
                (int line, _) = SyntaxFacts.Position(name);
                Unresolved.Add($"{_file}:{line}");
            }

            return;
        }

        if (symbol is INamespaceSymbol)
        {
            return;
        }

        bool extension = false;
        if (symbol is IMethodSymbol method && method.ReducedFrom is not null)
        {
            extension = true;
            symbol = method.ReducedFrom;
        }

        symbol = symbol.OriginalDefinition;
        ISymbol target = symbol is IMethodSymbol { MethodKind: MethodKind.Constructor } ctor ? ctor.ContainingType : symbol;
        DeprecatedEntry? own = _registry.FindDeprecated(symbol);
        ISymbol matched = own is not null || SymbolEqualityComparer.Default.Equals(target, symbol) ? symbol : target;
        DeprecatedEntry? deprecated = own ?? (ReferenceEquals(matched, symbol) ? null : _registry.FindDeprecated(target));
        if (deprecated is not null && !IsOwnDeclaration(name, matched, deprecated))
        {
            string reached = Reached(name, symbol, extension);
            Violation v = Add(SsotRuleIds.DeprecatedUsage, name, deprecated.Symbol, reached, deprecated.Replacement, deprecated.Issue,
                $"'{name}' uses deprecated {SymbolDisplay.Of(deprecated.Symbol)} ({reached}); use {deprecated.Replacement}.");
            _firstDeprecated ??= v;
        }

        ResolvedCanonical? canonical = _registry.FindCanonical(symbol) ?? _registry.FindCanonical(target);
        if (canonical is not null && _firstCanonical is null && !SyntaxFacts.IsInsideType(_model, name, canonical.Type))
        {
            _firstCanonical = (name, canonical);
        }
    }

    private void AnalyzeCreation(BaseObjectCreationExpressionSyntax creation)
    {
        if (_registry.HasConstructorEntries)
        {
            SyntaxNodeOrToken at = creation is ObjectCreationExpressionSyntax explicitCreation ? RightmostName(explicitCreation.Type) : creation.NewKeyword;
            AnalyzeConstructorCall(creation, at, creation is ImplicitObjectCreationExpressionSyntax ? "target-typed new()" : "object creation");
        }

        if (_model.GetTypeInfo(creation).Type?.OriginalDefinition is INamedTypeSymbol type && _registry.FindCanonical(type) is { } canonical
            && SymbolEqualityComparer.Default.Equals(canonical.Type, type))
        {
            (int line, int column) = SyntaxFacts.Position(creation);
            Creations.Add(new CreationSite(canonical, SyntaxFacts.EnclosingSymbol(_model, creation), _file, line, column, SyntaxFacts.EnclosingMember(_model, creation)) { Span = creation.GetLocation().GetLineSpan() });
        }

        if (creation is ImplicitObjectCreationExpressionSyntax && _model.GetTypeInfo(creation).Type?.OriginalDefinition is INamedTypeSymbol implicitType
            && _registry.FindDeprecated(implicitType) is { } deprecated)
        {
            Violation v = Add(SsotRuleIds.DeprecatedUsage, creation, deprecated.Symbol, "target-typed new()", deprecated.Replacement, deprecated.Issue,
                $"'new()' creates deprecated {SymbolDisplay.Of(deprecated.Symbol)}; use {deprecated.Replacement}.");
            _firstDeprecated ??= v;
        }
    }

    /// <summary>
    /// Whether <paramref name="node"/> lies in the deprecated symbol's own declaration (its body, attributes and doc
    /// comments): the only exemption. A use elsewhere in the containing type is a use.
    /// </summary>
    private bool IsOwnDeclaration(SyntaxNode node, ISymbol symbol, DeprecatedEntry entry)
    {
        if (entry.Symbol.StartsWith("N:", StringComparison.Ordinal))
        {
            INamespaceSymbol? enclosing = _model.GetEnclosingSymbol(node.SpanStart)?.ContainingNamespace;
            return _registry.FindDeprecatedNamespace(enclosing) == entry;
        }

        return SyntaxFacts.IsInsideDeclaration(symbol, node);
    }

    /// <summary>A constructor call (creation, <c>base(...)</c>/<c>this(...)</c>, primary-constructor base) bound to a deprecated constructor.</summary>
    private void AnalyzeConstructorCall(SyntaxNode call, SyntaxNodeOrToken at, string how)
    {
        if (_model.GetSymbolInfo(call).Symbol is not IMethodSymbol { MethodKind: MethodKind.Constructor } ctor)
        {
            return;
        }

        ISymbol definition = ctor.OriginalDefinition;
        if (_registry.FindDeprecated(definition) is { } deprecated && !IsOwnDeclaration(call, definition, deprecated))
        {
            Violation v = AddAt(SsotRuleIds.DeprecatedUsage, call, at, deprecated.Symbol, how, deprecated.Replacement, deprecated.Issue,
                $"'{call.ToString().Split('\n')[0].Trim()}' calls deprecated constructor {SymbolDisplay.Of(deprecated.Symbol)} ({how}); use {deprecated.Replacement}.");
            _firstDeprecated ??= v;
        }
    }

    private static SyntaxNodeOrToken RightmostName(TypeSyntax type) => type switch
    {
        QualifiedNameSyntax q => q.Right,
        AliasQualifiedNameSyntax a => a.Name,
        GenericNameSyntax g => g.Identifier,
        NullableTypeSyntax n => RightmostName(n.ElementType),
        _ => type,
    };

    private string Reached(SimpleNameSyntax name, ISymbol symbol, bool extension)
    {
        if (name is IdentifierNameSyntax && _model.GetAliasInfo(name) is { } alias)
        {
            (string file, int line) = SyntaxFacts.Declared(alias);
            return $"through alias {alias.Name} declared in {file}:{line}";
        }

        if (extension)
        {
            return $"extension method call of {symbol.ContainingType.ToDisplayString()}.{symbol.Name}";
        }

        bool qualified = name.Parent is QualifiedNameSyntax q && q.Right == name
            || name.Parent is MemberAccessExpressionSyntax m && m.Name == name && _model.GetSymbolInfo(m.Expression).Symbol is INamespaceSymbol or INamedTypeSymbol;
        if (qualified)
        {
            return $"qualified name {string.Concat(name.Parent!.ToString().Where(c => !char.IsWhiteSpace(c)))}";
        }

        bool memberAccess = name.Parent is MemberAccessExpressionSyntax ma && ma.Name == name;
        return (memberAccess ? null : _imports.Explain(name, symbol)) ?? "direct reference";
    }

    private void ReportDualPattern(Violation deprecated, SyntaxNode canonicalNode, ResolvedCanonical canonical)
    {
        (int line, int column) = SyntaxFacts.Position(canonicalNode);
        Add(SsotRuleIds.DualPattern, canonicalNode, canonical.Entry.Symbol, $"file also uses deprecated {SymbolDisplay.Of(deprecated.Symbol)} at line {deprecated.Line}",
            deprecated.Replacement, deprecated.Issue, $"This file uses canonical {SymbolDisplay.Of(canonical.Entry.Symbol)} and deprecated {SymbolDisplay.Of(deprecated.Symbol)} (line {deprecated.Line}); finish the migration.");
        _violations.Add(deprecated with
        {
            RuleId = SsotRuleIds.DualPattern,
            Reached = $"file also uses canonical {SymbolDisplay.Of(canonical.Entry.Symbol)} at line {line}:{column}",
            Message = $"This file uses deprecated {SymbolDisplay.Of(deprecated.Symbol)} and canonical {SymbolDisplay.Of(canonical.Entry.Symbol)} (line {line}); finish the migration.",
        });
    }

    private Violation AddAt(string rule, SyntaxNode node, SyntaxNodeOrToken at, string symbol, string reached, string replacement, string? issue, string message)
    {
        FileLinePositionSpan span = at.GetLocation()!.GetLineSpan();
        Violation v = SyntaxFacts.WithEnd(new Violation(rule, _file, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, symbol, reached, replacement, issue, SyntaxFacts.EnclosingMember(_model, node), message), span);
        _violations.Add(v);
        return v;
    }

    private Violation Add(string rule, SyntaxNode node, string symbol, string reached, string replacement, string? issue, string message)
    {
        FileLinePositionSpan span = node.GetLocation().GetLineSpan();
        Violation v = SyntaxFacts.WithEnd(new Violation(rule, _file, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, symbol, reached, replacement, issue, SyntaxFacts.EnclosingMember(_model, node), message), span);
        _violations.Add(v);
        return v;
    }
}
