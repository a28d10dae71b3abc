using Xunit.Abstractions;

namespace Ssot.TestFramework.ExpectedFailures.Sdk;

/// <summary>
/// The settings of one expected failure (from an attribute, a marked row or an imperative declaration).
/// Immutable; serialised into xunit test cases so Test Explorer can run a single test.
/// </summary>
internal sealed record ExpectedFailureSettings
{
    /// <summary>The marker text of <c>[ExpectedToFailTheory]</c>.</summary>
    public const string TheoryMarker = "[ExpectedToFailTheory]";

    private const string Prefix = "Xfail.";

    public required string Reason { get; init; }

    public string? Issue { get; init; }

    /// <summary>Gets the explicit strictness; <c>null</c> means the run-wide default.</summary>
    public bool? Strict { get; init; }

    /// <summary>Gets the assembly-qualified names of the accepted exception types (empty: any).</summary>
    public IReadOnlyList<string> Raises { get; init; } = Array.Empty<string>();

    public string? MessagePattern { get; init; }

    public bool Run { get; init; } = true;

    public string? Deadline { get; init; }

    /// <summary>Gets how the test was marked, e.g. <c>[ExpectedToFailFact]</c>; used in messages.</summary>
    public string Marker { get; init; } = FactMarker;

    /// <summary>Gets the report that lists what a cut skip reason leaves out (e.g. <c>import-compliance.md</c>); only
    /// <c>ExpectedFailure.Declare</c> sets it.</summary>
    public string? DetailsPath { get; init; }

    /// <summary>The marker text of <c>[ExpectedToFailFact]</c>.</summary>
    public const string FactMarker = "[ExpectedToFailFact]";

    /// <summary>The marker text of <c>[ExpectedToFailRow]</c>.</summary>
    public const string RowMarker = "[ExpectedToFailRow]";

    /// <summary>The name of the attributes' internal property that holds the explicit strictness (<c>bool?</c>; the
    /// public <c>Strict</c> answers the run-wide default when unset, which is decided when the test runs).</summary>
    internal const string ExplicitStrictArgument = "ExplicitStrict";

    /// <summary>
    /// Reads the settings of <c>[ExpectedToFailFact]</c>, <c>[ExpectedToFailTheory]</c> or <c>[ExpectedToFailRow]</c>
    /// through <see cref="IAttributeInfo.GetNamedArgument{TValue}"/> alone, the one place that knows their names; xUnit's
    /// reflection-based attribute info answers every property, public or internal.
    /// </summary>
    /// <param name="attribute">The attribute as discovery (or the row lookup) sees it.</param>
    /// <param name="marker">How the test was marked, for messages.</param>
    /// <exception cref="ExpectedFailureSettingsException">The attribute info cannot give one of the settings; the message
    /// names it. Never a silent fallback to an ordinary test.</exception>
    public static ExpectedFailureSettings FromAttribute(IAttributeInfo attribute, string marker)
    {
        ArgumentNullException.ThrowIfNull(attribute);
        return new ExpectedFailureSettings
        {
            Reason = Named<string?>(attribute, nameof(Reason), marker) ?? string.Empty,
            Issue = Named<string?>(attribute, nameof(Issue), marker),
            Strict = Named<bool?>(attribute, ExplicitStrictArgument, marker),
            Raises = ToTypeNames(Named<Type[]?>(attribute, nameof(Raises), marker)),
            MessagePattern = Named<string?>(attribute, nameof(MessagePattern), marker),
            Run = Named<bool>(attribute, nameof(Run), marker),
            Deadline = Named<string?>(attribute, nameof(Deadline), marker),
            Marker = marker,
        };
    }

    private static T Named<T>(IAttributeInfo attribute, string name, string marker)
    {
        try
        {
            return attribute.GetNamedArgument<T>(name);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidCastException or NullReferenceException or InvalidOperationException or NotSupportedException)
        {
            throw new ExpectedFailureSettingsException(
                $"{marker}: the test runner's attribute information ({attribute.GetType().FullName}) cannot give the setting '{name}' ({ex.GetType().Name}: {ex.Message}). "
                + "Expected failures are read when xUnit discovers the tests by reflection (dotnet test, Visual Studio, Rider with xunit.runner.visualstudio); "
                + "run the tests that way, or mark the test [SsotFact] and call ExpectedFailure.Declare in its body.",
                ex);
        }
    }

    public static IReadOnlyList<string> ToTypeNames(IEnumerable<Type>? types) =>
        types is null
            ? Array.Empty<string>()
            : types.Where(t => t is not null).Select(t => t.AssemblyQualifiedName ?? t.FullName ?? t.Name).ToArray();

    public static void Write(IXunitSerializationInfo info, ExpectedFailureSettings? settings)
    {
        info.AddValue(Prefix + "Present", settings is not null);
        if (settings is null)
        {
            return;
        }

        info.AddValue(Prefix + "Reason", settings.Reason);
        info.AddValue(Prefix + "Issue", settings.Issue);
        info.AddValue(Prefix + "Strict", settings.Strict switch { null => -1, false => 0, true => 1 });
        info.AddValue(Prefix + "Raises", string.Join("\n", settings.Raises));
        info.AddValue(Prefix + "MessagePattern", settings.MessagePattern);
        info.AddValue(Prefix + "Run", settings.Run);
        info.AddValue(Prefix + "Deadline", settings.Deadline);
        info.AddValue(Prefix + "Marker", settings.Marker);
    }

    public static ExpectedFailureSettings? Read(IXunitSerializationInfo info)
    {
        if (!info.GetValue<bool>(Prefix + "Present"))
        {
            return null;
        }

        string raises = info.GetValue<string>(Prefix + "Raises") ?? string.Empty;
        return new ExpectedFailureSettings
        {
            Reason = info.GetValue<string>(Prefix + "Reason") ?? string.Empty,
            Issue = info.GetValue<string>(Prefix + "Issue"),
            Strict = info.GetValue<int>(Prefix + "Strict") switch { 0 => false, 1 => true, _ => null },
            Raises = raises.Length == 0 ? Array.Empty<string>() : raises.Split('\n'),
            MessagePattern = info.GetValue<string>(Prefix + "MessagePattern"),
            Run = info.GetValue<bool>(Prefix + "Run"),
            Deadline = info.GetValue<string>(Prefix + "Deadline"),
            Marker = info.GetValue<string>(Prefix + "Marker") ?? FactMarker,
        };
    }
}
