using Ssot.TestFramework.ExpectedFailures.Sdk;
using Xunit;
using Xunit.Sdk;

namespace Ssot.TestFramework.ExpectedFailures;

/// <summary>
/// Like <see cref="ExpectedToFailFactAttribute"/> (same verdicts, reports, traits, settings and thread safety), as a
/// drop-in replacement for <c>[Theory]</c>: it marks every row, and each row gets its own outcome. To mark single rows,
/// use <see cref="ExpectedToFailRowAttribute"/> on a <see cref="SsotTheoryAttribute"/>. See <c>docs/expected-failures.md</c>.
/// </summary>
/// <param name="reason">Why the test is expected to fail (required; shown in every report).</param>
[XunitTestCaseDiscoverer("Ssot.TestFramework.ExpectedFailures.Sdk.ExpectedFailureTheoryDiscoverer", "Ssot.TestFramework")]
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class ExpectedToFailTheoryAttribute(string reason) : TheoryAttribute
{
    private bool? _strict;

    /// <inheritdoc cref="ExpectedToFailFactAttribute.Reason"/>
    public string Reason { get; } = reason;

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
}
