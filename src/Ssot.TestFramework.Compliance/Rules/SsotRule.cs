namespace Ssot.TestFramework.Compliance.Rules;

/// <summary>
/// The description of one rule, as shown in reports (SARIF <c>rules[]</c>, the Markdown summary).
/// </summary>
/// <param name="Id">The stable id, e.g. <c>SSOT001</c>.</param>
/// <param name="Name">A short PascalCase name.</param>
/// <param name="ShortDescription">One line.</param>
/// <param name="FullDescription">What the rule reports.</param>
/// <param name="Help">What to do about it.</param>
/// <remarks>Immutable and therefore thread-safe.</remarks>
public sealed record SsotRule(string Id, string Name, string ShortDescription, string FullDescription, string Help);
