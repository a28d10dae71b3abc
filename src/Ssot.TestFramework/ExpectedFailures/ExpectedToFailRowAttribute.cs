using System.Reflection;
using Ssot.TestFramework.ExpectedFailures.Sdk;
using Xunit.Sdk;

namespace Ssot.TestFramework.ExpectedFailures;

/// <summary>
/// Like <c>[InlineData]</c>, but the row is expected to fail: use it on a <see cref="SsotTheoryAttribute"/> (or an
/// <see cref="ExpectedToFailTheoryAttribute"/>, where the row's settings replace the method's). Other rows stay ordinary.
/// </summary>
/// <param name="reason">Why the row is expected to fail (required).</param>
/// <param name="data">The row's arguments, as for <c>[InlineData]</c>.</param>
/// <remarks>
/// A row is recognised by its arguments: any row of the theory whose arguments equal <see cref="Data"/> is marked.
/// On a plain <c>[Theory]</c> the row runs as an ordinary row. Thread-safe once constructed.
/// </remarks>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class ExpectedToFailRowAttribute(string reason, params object?[]? data) : DataAttribute
{
    private bool? _strict;

    /// <summary>Gets why the row is expected to fail.</summary>
    public string Reason { get; } = reason;

    /// <summary>Gets the row's arguments.</summary>
    public IReadOnlyList<object?> Data { get; } = data ?? [null];

    /// <inheritdoc cref="ExpectedToFailFactAttribute.Issue"/>
    public string? Issue { get; set; }

    /// <inheritdoc cref="ExpectedToFailFactAttribute.Strict"/>
    public bool Strict { get => _strict ?? ExpectedFailureEnvironment.StrictByDefault; set => _strict = value; }

    /// <inheritdoc cref="ExpectedToFailFactAttribute.ExplicitStrict"/>
    internal bool? ExplicitStrict => _strict;

    /// <inheritdoc cref="ExpectedToFailFactAttribute.Raises"/>
    public Type[] Raises { get; set; } = [];

    /// <inheritdoc cref="ExpectedToFailFactAttribute.MessagePattern"/>
    public string? MessagePattern { get; set; }

    /// <inheritdoc cref="ExpectedToFailFactAttribute.Run"/>
    public bool Run { get; set; } = true;

    /// <inheritdoc cref="ExpectedToFailFactAttribute.Deadline"/>
    public string? Deadline { get; set; }

    /// <inheritdoc />
    public override IEnumerable<object?[]> GetData(MethodInfo testMethod) => [Data.ToArray()];
}
