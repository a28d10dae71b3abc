namespace Ssot.TestFramework.Users;

/// <summary>
/// Strongly typed identifier of a simulated user. Values carry the readable prefix <c>usr_</c>.
/// </summary>
/// <param name="Value">The full identifier, including the <c>usr_</c> prefix.</param>
/// <remarks>Immutable value type and therefore thread-safe. The default value has a <see langword="null"/> <see cref="Value"/>.</remarks>
public readonly record struct UserId(string Value)
{
    /// <summary>The prefix every valid value starts with: <c>usr_</c>.</summary>
    public const string Prefix = "usr_";

    /// <summary>Parses <paramref name="value"/> and checks that it carries the <c>usr_</c> prefix and a non-empty suffix.</summary>
    /// <param name="value">The text to parse.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The value does not start with <c>usr_</c> or has nothing after it; the message names the value and the expected prefix.</exception>
    public static UserId Parse(string value) => new(TypedIdFormat.Validate(value, Prefix, nameof(UserId)));

    /// <summary>Returns <see cref="Value"/>.</summary>
    /// <returns>The identifier text.</returns>
    public override string ToString() => Value;
}
