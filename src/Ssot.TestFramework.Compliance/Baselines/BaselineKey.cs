using Ssot.TestFramework.Compliance.Rules;

namespace Ssot.TestFramework.Compliance.Baselines;

/// <summary>
/// What identifies a known violation in a baseline: rule, file, enclosing member and symbol — never the line, so a
/// baseline survives edits that move code.
/// </summary>
/// <param name="Rule">The rule id, e.g. <c>SSOT001</c>.</param>
/// <param name="File">The path relative to the scan root, forward slashes.</param>
/// <param name="Member">The enclosing member, e.g. <c>App.Client.Run()</c>.</param>
/// <param name="Symbol">The registry entry's documentation-comment ID.</param>
/// <remarks>Immutable and therefore thread-safe. Ordered ordinally by rule, file, member, symbol.</remarks>
public sealed record BaselineKey(string Rule, string File, string Member, string Symbol) : IComparable<BaselineKey>
{
    /// <summary>Gets the key of a violation.</summary>
    /// <param name="violation">The violation.</param>
    /// <returns>Its key.</returns>
    public static BaselineKey Of(Violation violation)
    {
        ArgumentNullException.ThrowIfNull(violation);
        return new BaselineKey(violation.RuleId, violation.File, violation.EnclosingMember, violation.Symbol);
    }

    /// <inheritdoc />
    public int CompareTo(BaselineKey? other)
    {
        if (other is null)
        {
            return 1;
        }

        int c = string.CompareOrdinal(Rule, other.Rule);
        c = c != 0 ? c : string.CompareOrdinal(File, other.File);
        c = c != 0 ? c : string.CompareOrdinal(Member, other.Member);
        return c != 0 ? c : string.CompareOrdinal(Symbol, other.Symbol);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Rule} {File} [{Member}] {Symbol}";
}
