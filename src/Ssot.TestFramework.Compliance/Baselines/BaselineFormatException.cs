namespace Ssot.TestFramework.Compliance.Baselines;

/// <summary>
/// Thrown when a baseline file exists but is corrupt. A corrupt baseline is never treated as empty: the message names the
/// file and the problem, and the fix is to repair the file or delete it and let it be recreated.
/// </summary>
public sealed class BaselineFormatException : Exception
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">The message naming the file and the problem.</param>
    public BaselineFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with the underlying cause.</summary>
    /// <param name="message">The message naming the file and the problem.</param>
    /// <param name="innerException">The cause.</param>
    public BaselineFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance with the default message.</summary>
    public BaselineFormatException()
    {
    }
}
