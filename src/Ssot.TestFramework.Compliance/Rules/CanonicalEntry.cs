namespace Ssot.TestFramework.Compliance.Rules;

/// <summary>
/// A registry entry naming the single source of truth for a concept.
/// </summary>
/// <param name="Symbol">The documentation-comment ID of the canonical type (<c>T:</c> prefix), e.g. <c>T:Chat.WebSockets.WebSocketManager</c>.</param>
/// <param name="Factory">The <c>M:</c> ID of the one sanctioned creation path, or <see langword="null"/> (default) when any single creator is fine.</param>
/// <param name="Implements">The <c>T:</c> ID of the concept's interface, or <see langword="null"/> (default); at most one non-abstract implementation may exist.</param>
/// <remarks>Immutable and therefore thread-safe.</remarks>
public sealed record CanonicalEntry(string Symbol, string? Factory = null, string? Implements = null);
