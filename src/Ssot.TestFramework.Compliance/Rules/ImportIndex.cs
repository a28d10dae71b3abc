using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Ssot.TestFramework.Compliance.Rules;

/// <summary>
/// Where each <c>global using</c> of the compilation is declared, so a violation can say how a name was reached.
/// Built once per scan; read-only afterwards and so thread-safe.
/// </summary>
internal sealed class ImportIndex
{
    private readonly Dictionary<string, string> _globalUsings = new(StringComparer.Ordinal);

    public ImportIndex(IEnumerable<SyntaxTree> trees)
    {
        foreach (SyntaxTree tree in trees)
        {
            foreach (UsingDirectiveSyntax alias in tree.GetCompilationUnitRoot().DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax)
                .OfType<UsingDirectiveSyntax>().Where(u => u.Alias is not null))
            {
                AliasNames.Add(alias.Alias!.Name.Identifier.ValueText);
            }

            foreach (UsingDirectiveSyntax u in tree.GetCompilationUnitRoot().Usings)
            {
                if (u.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword) && u.Alias is null && u.NamespaceOrType is not null)
                {
                    string key = Key(u.StaticKeyword.IsKind(SyntaxKind.StaticKeyword), u.NamespaceOrType.ToString());
                    (int line, _) = SyntaxFacts.Position(u);
                    _globalUsings.TryAdd(key, $"{tree.FilePath}:{line}");
                }
            }
        }
    }

    /// <summary>Gets every alias name declared in any tree (an alias can rename a registry symbol).</summary>
    public HashSet<string> AliasNames { get; } = new(StringComparer.Ordinal);

    /// <summary>Explains how a simple (unqualified) name reached <paramref name="target"/>, or null when it is local.</summary>
    public string? Explain(SyntaxNode name, ISymbol target)
    {
        bool isStaticMember = target is not INamedTypeSymbol && target.IsStatic && target.ContainingType is not null;
        ISymbol? container = isStaticMember ? target.ContainingType : target is INamedTypeSymbol ? target.ContainingNamespace : null;
        if (container is null || (container is INamespaceSymbol ns && ns.IsGlobalNamespace))
        {
            return null;
        }

        string display = container.ToDisplayString();
        foreach (SyntaxNode ancestor in name.Ancestors())
        {
            if (isStaticMember && ancestor is TypeDeclarationSyntax)
            {
                // A static member of an enclosing type needs no import.
                continue;
            }

            SyntaxList<UsingDirectiveSyntax> usings = ancestor switch
            {
                BaseNamespaceDeclarationSyntax n => n.Usings,
                CompilationUnitSyntax c => c.Usings,
                _ => default,
            };
            foreach (UsingDirectiveSyntax u in usings)
            {
                if (u.Alias is null && u.StaticKeyword.IsKind(SyntaxKind.StaticKeyword) == isStaticMember && Normalize(u.NamespaceOrType?.ToString()) == display)
                {
                    (int line, _) = SyntaxFacts.Position(u);
                    return $"through {SyntaxFacts.UsingKind(u)} {display} (line {line})";
                }
            }

            if (!isStaticMember && ancestor is BaseNamespaceDeclarationSyntax nsDecl)
            {
                string declared = nsDecl.Name.ToString();
                if (declared == display || declared.StartsWith(display + ".", StringComparison.Ordinal))
                {
                    return $"resolved through enclosing namespace {declared}";
                }
            }
        }

        if (_globalUsings.TryGetValue(Key(isStaticMember, display), out string? where))
        {
            return $"through global using{(isStaticMember ? " static" : string.Empty)} {display} declared in {where}";
        }

        return null;
    }

    private static string Key(bool isStatic, string target) => (isStatic ? "static " : string.Empty) + Normalize(target);

    private static string Normalize(string? target) =>
        (target ?? string.Empty).Replace("global::", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
}
