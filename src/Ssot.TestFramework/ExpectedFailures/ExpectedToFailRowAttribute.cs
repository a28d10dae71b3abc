using System.Reflection;
using Ssot.TestFramework.Sdk;
using Xunit.Sdk;
using Ssot.TestFramework.ExpectedFailures.Sdk;

namespace Ssot.TestFramework.ExpectedFailures;

/// <summary>
/// Like <c>[InlineData]</c>, but the row is expected to fail: use it on a <see cref="SsotTheoryAttribute"/> (or an
/// <see cref="ExpectedToFailTheoryAttribute"/>, where the row's settings replace the method's). Other rows stay ordinary.
/// </summary>
/// <remarks>
/// A row is recognised by its arguments: any row of the theory whose arguments equal <see cref="Data"/> is marked.
/// On a plain <c>[Theory]</c> the row runs as an ordinary row. Thread-safe once constructed.
/// </remarks>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class ExpectedToFailRowAttribute : DataAttribute, IExpectedFailureSource
{
    private bool? _strict;

    /// <summary>Initializes a new instance of the <see cref="ExpectedToFailRowAttribute"/> class.</summary>
    /// <param name="reason">Why the row is expected to fail (required).</param>
    /// <param name="data">The row's arguments, as for <c>[InlineData]</c>.</param>
    public ExpectedToFailRowAttribute(string reason, params object?[]? data)
    {
        Reason = reason;
        Data = data ?? [null];
    }

    /// <summary>Gets why the row is expected to fail.</summary>
    public string Reason { get; }

    /// <summary>Gets the row's arguments.</summary>
    public IReadOnlyList<object?> Data { get; }

    /// <summary>Gets or sets the tracking reference, e.g. <c>#1066</c>. Default: none.</summary>
    public string? Issue { get; set; }

    /// <summary>Gets or sets a value indicating whether an unexpected pass is reported Failed. Default: <c>true</c> (or the <c>SSOT_XFAIL_STRICT</c> default).</summary>
    public bool Strict
    {
        get => _strict ?? ExpectedFailureEnvironment.StrictByDefault;
        set => _strict = value;
    }

    /// <summary>Gets or sets the accepted exception types (subclasses match). Default: any exception.</summary>
    public Type[] Raises { get; set; } = [];

    /// <summary>Gets or sets a regular expression the exception message must match. Default: none.</summary>
    public string? MessagePattern { get; set; }

    /// <summary>Gets or sets a value indicating whether the row is executed. Default: <c>true</c>.</summary>
    public bool Run { get; set; } = true;

    /// <summary>Gets or sets an ISO date (<c>yyyy-MM-dd</c>) after which the expected failure is overdue. Default: none.</summary>
    public string? Deadline { get; set; }

    /// <inheritdoc />
    public override IEnumerable<object?[]> GetData(MethodInfo testMethod) => [Data.ToArray()];

    ExpectedFailureSettings IExpectedFailureSource.ToSettings() => new()
    {
        Reason = Reason ?? string.Empty,
        Issue = Issue,
        Strict = _strict,
        Raises = ExpectedFailureSettings.ToTypeNames(Raises),
        MessagePattern = MessagePattern,
        Run = Run,
        Deadline = Deadline,
        Marker = "[ExpectedToFailRow]",
    };
}
