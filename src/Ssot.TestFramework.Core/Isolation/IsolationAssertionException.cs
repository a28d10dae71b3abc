namespace Ssot.TestFramework.Isolation;

/// <summary>Thrown by <see cref="IsolationAssert"/> when roots that must be isolated are not.</summary>
public sealed class IsolationAssertionException : Exception
{
    /// <summary>Initializes a new instance with a message and no findings.</summary>
    /// <param name="message">The failure message.</param>
    public IsolationAssertionException(string message)
        : this(message, Array.Empty<SharedStateFinding>())
    {
    }

    /// <summary>Initializes a new instance with a message and the findings behind it.</summary>
    /// <param name="message">The failure message.</param>
    /// <param name="findings">The shared-state findings (empty for distinct-instance failures).</param>
    public IsolationAssertionException(string message, IReadOnlyList<SharedStateFinding> findings)
        : base(message)
    {
        ArgumentNullException.ThrowIfNull(findings);
        Findings = findings;
    }

    /// <summary>Gets the shared-state findings behind this failure; empty for distinct-instance failures.</summary>
    public IReadOnlyList<SharedStateFinding> Findings { get; }
}
