using Microsoft.CodeAnalysis;

namespace Ssot.TestFramework.Compliance.Rules;

/// <summary>A <c>new</c> of a canonical type, collected per file and judged across files by SSOT006.</summary>
internal sealed record CreationSite(ResolvedCanonical Canonical, ISymbol? Creator, string File, int Line, int Column, string EnclosingMember)
{
    /// <summary>Gets the span of the <c>new</c> expression, for report regions.</summary>
    public FileLinePositionSpan Span { get; init; }
}
