using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace Ssot.TestFramework.Compliance.Rules;

/// <summary>
/// The rules over one compilation, the same in both modes: binds the registry, runs the per-file pass over the trees to
/// analyse (in parallel) and the whole-compilation checks. Stateless and thread-safe.
/// </summary>
internal static class CompilationAnalysis
{
    /// <summary>The violations of one compilation and the registry entries that resolved in it.</summary>
    /// <param name="Violations">The findings.</param>
    /// <param name="Registry">The registry as bound to the compilation.</param>
    /// <param name="Unresolved">Places (<c>file:line</c>) naming a deprecated symbol that could not be bound exactly.</param>
    /// <param name="Facts">SSOT006 facts, judged over every compilation of the scan.</param>
    /// <param name="Problems">Files that could not be analysed (too deeply nested for the analysis stack), with the message.</param>
    public sealed record Outcome(IReadOnlyList<Violation> Violations, ResolvedRegistry Registry, IReadOnlyList<string> Unresolved, IReadOnlyList<StructureFact> Facts, IReadOnlyList<(string File, string Message)> Problems);

    /// <summary>
    /// Analyses <paramref name="analysed"/> on threads with <see cref="SourceLimits.AnalysisStackBytes"/> of stack; a
    /// tree whose binding still runs out of stack (<see cref="InsufficientExecutionStackException"/>) is one problem
    /// naming the file, and the others go on.
    /// </summary>
    public static Outcome Analyze(Compilation compilation, IReadOnlyCollection<SyntaxTree> analysed, SsotRegistry registry) =>
        LargeStack.Run(SourceLimits.AnalysisStackBytes, () => AnalyzeCore(compilation, analysed, registry));

    private static Outcome AnalyzeCore(Compilation compilation, IReadOnlyCollection<SyntaxTree> analysed, SsotRegistry registry)
    {
        var resolved = ResolvedRegistry.Resolve(registry, compilation);
        var violations = new ConcurrentBag<Violation>();
        if (resolved.IsEmpty && resolved.Redeclared.Count == 0)
        {
            return new Outcome([], resolved, [], [], []);
        }

        var imports = new ImportIndex(compilation.SyntaxTrees);
        var creations = new ConcurrentBag<CreationSite>();
        var unresolved = new ConcurrentBag<string>();
        var problems = new ConcurrentBag<(string File, string Message)>();
        LargeStack.ForEach(analysed.ToArray(), SourceLimits.AnalysisStackBytes, tree =>
        {
            var analyzer = new UsageAnalyzer(compilation.GetSemanticModel(tree), resolved, imports);
            List<Violation> found;
            try
            {
                found = analyzer.Analyze();
            }
            catch (InsufficientExecutionStackException)
            {
                problems.Add((tree.FilePath, SourceLimits.TooDeep("the analysis ran out of stack")));
                return;
            }

            foreach (Violation v in found)
            {
                violations.Add(v);
            }

            foreach (CreationSite c in analyzer.Creations)
            {
                creations.Add(c);
            }

            foreach (string place in analyzer.Unresolved)
            {
                unresolved.Add(place);
            }
        });

        var analysedPaths = new HashSet<string>(analysed.Select(t => t.FilePath), StringComparer.Ordinal);
        (IReadOnlyList<Violation> structural, IReadOnlyList<StructureFact> facts) = StructureAnalyzer.Analyze(compilation, resolved, creations);
        foreach (Violation v in structural.Where(v => analysedPaths.Contains(v.File)))
        {
            violations.Add(v);
        }

        foreach ((DeprecatedEntry entry, ISymbol symbol) in resolved.Redeclared)
        {
            foreach (Location location in symbol.Locations.Where(l => l.IsInSource && analysedPaths.Contains(l.SourceTree!.FilePath)))
            {
                FileLinePositionSpan span = location.GetLineSpan();
                string display = symbol.ToDisplayString();
                violations.Add(SyntaxFacts.WithEnd(new Violation(SsotRuleIds.RemovedSymbolDeclared, span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1,
                    entry.Symbol, "declared again", entry.Replacement, entry.Issue, symbol.ContainingSymbol?.ToDisplayString() ?? display,
                    $"'{display}' was removed (registry entry {SymbolDisplay.Of(entry.Symbol)} is marked removed) and is declared here again; delete it and use {entry.Replacement}."), span));
            }
        }

        return new Outcome([.. violations], resolved, [.. unresolved.Order(StringComparer.Ordinal)], [.. facts.Where(f => analysedPaths.Contains(f.Violation.File))], [.. problems]);
    }
}
