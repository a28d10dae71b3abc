namespace Ssot.TestFramework.Compliance.Baselines;

/// <summary>
/// Thrown when a baseline must be written (created, tightened, accepted or migrated) but the file or its folder cannot
/// be written: read-only, immutable (<c>chattr +i</c>), a folder in its place. The file is left as it was; the message
/// names it and what to do.
/// </summary>
public sealed class BaselineWriteException : IOException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">The message naming the file, the reason and the fix.</param>
    public BaselineWriteException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with the underlying cause.</summary>
    /// <param name="message">The message naming the file, the reason and the fix.</param>
    /// <param name="innerException">The cause.</param>
    public BaselineWriteException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance with the default message.</summary>
    public BaselineWriteException()
    {
    }
}
