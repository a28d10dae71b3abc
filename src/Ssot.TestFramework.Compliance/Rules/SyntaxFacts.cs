using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Ssot.TestFramework.Compliance.Rules;

/// <summary>Small syntax and symbol helpers shared by the analyzers. Stateless and thread-safe.</summary>
internal static class SyntaxFacts
{
    public const string UsingsMember = "<usings>";
    public const string TopLevelMember = "<top-level>";

    public static (int Line, int Column) Position(SyntaxNode node)
    {
        LinePosition pos = node.GetLocation().GetLineSpan().StartLinePosition;
        return (pos.Line + 1, pos.Character + 1);
    }

    /// <summary>Returns a violation with the end of <paramref name="span"/> (1-based line, exclusive 1-based column).</summary>
    public static Violation WithEnd(Violation violation, FileLinePositionSpan span) =>
        violation with { EndLine = span.EndLinePosition.Line + 1, EndColumn = span.EndLinePosition.Character + 1 };

    public static (string File, int Line) Declared(ISymbol symbol)
    {
        Location? loc = symbol.Locations.FirstOrDefault(l => l.IsInSource);
        if (loc is null)
        {
            return ("<metadata>", 0);
        }

        FileLinePositionSpan span = loc.GetLineSpan();
        return (span.Path, span.StartLinePosition.Line + 1);
    }

    public static bool IsInsideNameof(SyntaxNode node)
    {
        for (SyntaxNode? n = node.Parent; n is not null; n = n.Parent)
        {
            if (n is InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } } inv
                && inv.ArgumentList.Span.Contains(node.Span))
            {
                return true;
            }

            if (n is StatementSyntax or MemberDeclarationSyntax)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The member whose body or signature holds the node, for baseline keys; stable across line moves.</summary>
    public static ISymbol? EnclosingSymbol(SemanticModel model, SyntaxNode node)
    {
        for (SyntaxNode? n = node; n is not null; n = n.Parent)
        {
            switch (n)
            {
                case UsingDirectiveSyntax:
                    return null;
                case BaseFieldDeclarationSyntax field:
                    VariableDeclaratorSyntax? v = field.Declaration.Variables.FirstOrDefault();
                    return v is null ? null : model.GetDeclaredSymbol(v);
                case BaseMethodDeclarationSyntax or BasePropertyDeclarationSyntax or DelegateDeclarationSyntax
                    or EnumMemberDeclarationSyntax or BaseTypeDeclarationSyntax:
                    return model.GetDeclaredSymbol(n);
                case GlobalStatementSyntax:
                    return null;
            }
        }

        return null;
    }

    public static string EnclosingMember(SemanticModel model, SyntaxNode node)
    {
        if (node.FirstAncestorOrSelf<UsingDirectiveSyntax>() is not null)
        {
            return UsingsMember;
        }

        ISymbol? symbol = EnclosingSymbol(model, node);
        return symbol?.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat) ?? TopLevelMember;
    }

    /// <summary>True when the node lies inside the declaration of <paramref name="type"/> (or a type nested in it).</summary>
    public static bool IsInsideType(SemanticModel model, SyntaxNode node, INamedTypeSymbol type)
    {
        foreach (BaseTypeDeclarationSyntax decl in node.Ancestors().OfType<BaseTypeDeclarationSyntax>())
        {
            if (SymbolEqualityComparer.Default.Equals(model.GetDeclaredSymbol(decl), type))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the node lies inside one of <paramref name="symbol"/>'s own declarations: a type's declarations, a
    /// member's declaration including its attributes (for fields and events, the whole field declaration).
    /// </summary>
    public static bool IsInsideDeclaration(ISymbol symbol, SyntaxNode node)
    {
        foreach (SyntaxReference reference in symbol.DeclaringSyntaxReferences)
        {
            if (reference.SyntaxTree != node.SyntaxTree)
            {
                continue;
            }

            SyntaxNode declaration = reference.GetSyntax();
            if (declaration is VariableDeclaratorSyntax { Parent.Parent: BaseFieldDeclarationSyntax field })
            {
                declaration = field;
            }

            if (declaration.Span.Contains(node.Span))
            {
                return true;
            }
        }

        return false;
    }

    public static string UsingKind(UsingDirectiveSyntax u) =>
        (u.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword) ? "global " : string.Empty)
        + (u.StaticKeyword.IsKind(SyntaxKind.StaticKeyword) ? "using static" : "using")
        + (u.Alias is null ? string.Empty : $" alias {u.Alias.Name.Identifier.ValueText}");
}
