namespace Ssot.TestFramework.Compliance.Rules;

/// <summary>
/// A registry entry naming a symbol that must no longer be used.
/// </summary>
/// <param name="Symbol">The documentation-comment ID (<c>T:</c>, <c>M:</c>, <c>P:</c>, <c>F:</c>, <c>E:</c> or <c>N:</c>).</param>
/// <param name="Replacement">The text shown to the developer: what to use instead.</param>
/// <param name="Issue">The tracking issue, or <see langword="null"/> (default).</param>
/// <param name="Message">An extra explanation, or <see langword="null"/> (default).</param>
/// <param name="Removed">
/// <see langword="true"/> when the symbol has been deleted and must stay deleted: the entry passes while the symbol is
/// declared nowhere in the scanned code, and a declaration that brings it back is SSOT007. Default <see langword="false"/>.
/// </param>
/// <remarks>Immutable and therefore thread-safe.</remarks>
public sealed record DeprecatedEntry(string Symbol, string Replacement, string? Issue = null, string? Message = null, bool Removed = false);
