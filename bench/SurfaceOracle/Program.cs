using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.MSBuild;

namespace Ssot.SurfaceOracle;

/// <summary>
/// Prints, per project and target framework, how many of the canonical type's public members each other type declares
/// with the same signature: <c>matched of total (percent)</c>. The definition is docs/import-rules.md's, written
/// again here from Roslyn's own display strings (no engine code): members are the type's own, explicitly declared
/// public/protected methods, constructors, operators, properties, indexers, events and fields, without overrides of
/// ToString/Equals/GetHashCode (and, on the compared type, without abstract members); a signature is the kind, static
/// or not, and Roslyn's display of the member with type names only, the type's own name read as &lt;self&gt;.
/// </summary>
internal static class Program
{
    private const string Usage = "usage: Ssot.SurfaceOracle --project <.csproj> [--project ...] --canonical <metadata name> --type <metadata name> [--type ...] [--all <minimum matched>] [--property Name=Value ...]";

    private static readonly SymbolDisplayFormat s_signature = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameOnly,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        memberOptions: SymbolDisplayMemberOptions.IncludeParameters | SymbolDisplayMemberOptions.IncludeType | SymbolDisplayMemberOptions.IncludeRef,
        parameterOptions: SymbolDisplayParameterOptions.IncludeType | SymbolDisplayParameterOptions.IncludeParamsRefOut,
        propertyStyle: SymbolDisplayPropertyStyle.NameOnly);

    private static async Task<int> Main(string[] args)
    {
        var projects = new List<string>();
        var types = new List<string>();
        var properties = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? canonical = null;
        int all = 0;
        for (int i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--project": projects.Add(Path.GetFullPath(args[i + 1])); break;
                case "--type": types.Add(args[i + 1]); break;
                case "--canonical": canonical = args[i + 1]; break;
                case "--all": all = int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture); break;
                case "--property":
                    string[] kv = args[i + 1].Split('=', 2);
                    properties[kv[0]] = kv[1];
                    break;
                default:
                    Console.Error.WriteLine($"surface-oracle: unknown argument '{args[i]}'\n{Usage}");
                    return 2;
            }
        }

        if (canonical is null || projects.Count == 0 || (types.Count == 0 && all == 0))
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }

        using var workspace = MSBuildWorkspace.Create(properties);
        foreach (string path in projects)
        {
            await workspace.OpenProjectAsync(path).ConfigureAwait(false);
        }

        foreach (WorkspaceDiagnostic d in workspace.Diagnostics.Where(d => d.Kind == WorkspaceDiagnosticKind.Failure))
        {
            Console.Error.WriteLine($"surface-oracle: workspace failure: {d.Message}");
        }

        foreach (Project project in workspace.CurrentSolution.Projects.Where(p => projects.Contains(p.FilePath!)).OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            Compilation compilation = (await project.GetCompilationAsync().ConfigureAwait(false))!;
            INamedTypeSymbol? c = compilation.GetTypeByMetadataName(canonical);
            if (c is null)
            {
                Console.WriteLine($"{project.Name}\t{canonical} not found");
                continue;
            }

            HashSet<string> surface = Surface(c, abstractCounts: true);
            if (all > 0)
            {
                // Every class and struct declared in source, and how much of the surface it declares.
                foreach (INamedTypeSymbol t in AllTypes(compilation.Assembly.GlobalNamespace).Where(t => t.TypeKind is TypeKind.Class or TypeKind.Struct && !SymbolEqualityComparer.Default.Equals(t, c)))
                {
                    int shared = surface.Intersect(Surface(t, abstractCounts: false)).Count();
                    if (shared >= all)
                    {
                        Console.WriteLine($"{project.Name}\t{t.ToDisplayString()}\t{shared} of {surface.Count} ({Math.Floor(shared * 100.0 / surface.Count)}%)\t(--all)");
                    }
                }
            }

            foreach (string name in types)
            {
                INamedTypeSymbol? t = compilation.GetTypeByMetadataName(name);
                if (t is null)
                {
                    Console.WriteLine($"{project.Name}\t{name} not found");
                    continue;
                }

                HashSet<string> own = Surface(t, abstractCounts: false);
                int matched = surface.Intersect(own).Count();
                Console.WriteLine($"{project.Name}\t{name}\t{matched} of {surface.Count} ({Math.Floor(matched * 100.0 / surface.Count)}%)\tnot matched: {string.Join(", ", surface.Except(own).Order(StringComparer.Ordinal))}");
            }
        }

        return 0;
    }

    private static IEnumerable<INamedTypeSymbol> AllTypes(INamespaceOrTypeSymbol container)
    {
        foreach (ISymbol member in container.GetMembers())
        {
            if (member is INamespaceOrTypeSymbol inner)
            {
                if (inner is INamedTypeSymbol type)
                {
                    yield return type;
                }

                foreach (INamedTypeSymbol nested in AllTypes(inner))
                {
                    yield return nested;
                }
            }
        }
    }

    private static HashSet<string> Surface(INamedTypeSymbol type, bool abstractCounts)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (ISymbol m in type.GetMembers())
        {
            bool visible = m.DeclaredAccessibility is Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal;
            bool member = m switch
            {
                IMethodSymbol method => method.MethodKind is MethodKind.Ordinary or MethodKind.Constructor or MethodKind.UserDefinedOperator or MethodKind.Conversion,
                IPropertySymbol or IEventSymbol or IFieldSymbol => true,
                _ => false,
            };
            bool objectOverride = m is IMethodSymbol { IsOverride: true, Name: "ToString" or "Equals" or "GetHashCode" };
            if (!visible || !member || m.IsImplicitlyDeclared || objectOverride || (!abstractCounts && m.IsAbstract))
            {
                continue;
            }

            string display = m.ToDisplayString(s_signature);
            // The type's own name (constructors, returns of itself) reads as <self>, so a renamed copy compares.
            display = System.Text.RegularExpressions.Regex.Replace(display, $@"\b{type.Name}\b", "<self>");
            set.Add($"{m.Kind} {(m.IsStatic ? "static " : string.Empty)}{display}");
        }

        return set;
    }
}
