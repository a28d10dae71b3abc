namespace Ssot.TestFramework.Users;

/// <summary>Shared validation for the prefixed typed identifiers.</summary>
internal static class TypedIdFormat
{
    internal static string Validate(string value, string prefix, string typeName)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!value.StartsWith(prefix, StringComparison.Ordinal) || value.Length == prefix.Length)
        {
            throw new FormatException(
                $"'{value}' is not a valid {typeName}: expected the prefix '{prefix}' followed by a non-empty suffix.");
        }

        return value;
    }
}
