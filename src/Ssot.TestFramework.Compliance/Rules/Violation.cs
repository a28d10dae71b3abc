namespace Ssot.TestFramework.Compliance.Rules;

/// <summary>
/// One rule violation found by <see cref="SsotScanner"/>.
/// </summary>
/// <param name="RuleId">The stable rule id, e.g. <c>SSOT001</c> (see <see cref="SsotRuleIds"/>).</param>
/// <param name="File">The file path relative to the scan root, with forward slashes.</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column.</param>
/// <param name="Symbol">The documentation-comment ID of the registry entry involved.</param>
/// <param name="Reached">How the symbol was reached, e.g. <c>through alias F declared in GlobalUsings.cs:3</c>.</param>
/// <param name="Replacement">What to use instead (deprecated entries), or the canonical symbol to use.</param>
/// <param name="Issue">The tracking issue, or <see langword="null"/>.</param>
/// <param name="EnclosingMember">The enclosing member (stable across line moves; part of the baseline key), e.g. <c>Chat.Client.Connect()</c>.</param>
/// <param name="Message">A one-line human-readable message.</param>
/// <param name="TargetFrameworks">
/// In exact mode, the target frameworks whose compilation has this finding, separated by <c>;</c> (e.g.
/// <c>net48;net8.0</c>); <see langword="null"/> (default) in source mode. Not part of the baseline key.
/// </param>
/// <remarks>Immutable and therefore thread-safe.</remarks>
public sealed record Violation(
    string RuleId,
    string File,
    int Line,
    int Column,
    string Symbol,
    string Reached,
    string Replacement,
    string? Issue,
    string EnclosingMember,
    string Message,
    string? TargetFrameworks = null)
{
    /// <summary>Gets the 1-based line where the reported text ends; 0 (default) when unknown.</summary>
    public int EndLine { get; init; }

    /// <summary>Gets the 1-based column just after the reported text (SARIF's exclusive end); 0 (default) when unknown.</summary>
    public int EndColumn { get; init; }

    /// <summary>Gets <c>file:line:column</c>.</summary>
    public string Location => $"{File}:{Line}:{Column}";
}
