namespace Ssot.TestFramework.Users;

/// <summary>What one simulated user's operation produced in a concurrent run.</summary>
/// <typeparam name="T">The operation's result type.</typeparam>
/// <param name="Context">The user the operation ran as.</param>
/// <param name="Result">The operation's result; <see langword="default"/> when it failed.</param>
/// <param name="Exception">The exception the operation threw, or <see langword="null"/> when it succeeded.</param>
/// <remarks>Immutable record (the result object itself may be mutable).</remarks>
public sealed record UserOutcome<T>(UserContext Context, T? Result, Exception? Exception)
{
    /// <summary>Gets a value indicating whether the operation completed without throwing.</summary>
    public bool Succeeded => Exception is null;
}
