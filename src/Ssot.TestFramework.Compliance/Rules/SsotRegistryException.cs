namespace Ssot.TestFramework.Compliance.Rules;

/// <summary>
/// Thrown when a registry file (<c>ssot.json</c>, an imported <c>BannedSymbols.txt</c>) is malformed, or when one of its
/// entries resolves to no symbol in the scanned code. The message names the file, the entry or JSON path, and what to do.
/// </summary>
public sealed class SsotRegistryException : Exception
{
    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">The message naming the file, the entry and the fix.</param>
    public SsotRegistryException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with a message and the underlying cause.</summary>
    /// <param name="message">The message naming the file, the entry and the fix.</param>
    /// <param name="innerException">The underlying cause.</param>
    public SsotRegistryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance with the default message.</summary>
    public SsotRegistryException()
    {
    }
}
