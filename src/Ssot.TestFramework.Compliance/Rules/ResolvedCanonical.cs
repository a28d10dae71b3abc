using Microsoft.CodeAnalysis;

namespace Ssot.TestFramework.Compliance.Rules;

/// <summary>A canonical entry bound to the compilation's symbols.</summary>
internal sealed record ResolvedCanonical(CanonicalEntry Entry, INamedTypeSymbol Type, IMethodSymbol? Factory, INamedTypeSymbol? Interface);
