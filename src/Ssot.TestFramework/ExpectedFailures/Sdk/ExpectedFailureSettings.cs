using System.Text.Json;
using Ssot.TestFramework.Common;
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

    private const string SerializedKey = "Xfail";

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

    /// <summary>
    /// Writes the settings as one value, <c>Xfail</c>: a JSON object, or <see langword="null"/> when there are none.
    /// One value, not one per setting: xUnit resolves each serialised value's type by name when the runner hands the
    /// test case back to be run, and nine values cost more than the rest of an expected failure (bench/expected-failures.sh).
    /// </summary>
    public static void Write(IXunitSerializationInfo info, ExpectedFailureSettings? settings)
    {
        ArgumentNullException.ThrowIfNull(info);
        info.AddValue(SerializedKey, settings is null ? null : ToJson(settings), typeof(string));
    }

    /// <summary>Reads what <see cref="Write"/> wrote.</summary>
    /// <exception cref="InvalidOperationException">The value is not what this version of the kit writes (a test case
    /// discovered by another version); the message quotes the value and says to rebuild and discover again.</exception>
    public static ExpectedFailureSettings? Read(IXunitSerializationInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        string? json = info.GetValue<string>(SerializedKey);
        if (json is null)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            JsonElement root = document.RootElement;
            return new ExpectedFailureSettings
            {
                Reason = root.GetProperty("reason").GetString() ?? string.Empty,
                Issue = root.GetProperty("issue").GetString(),
                Strict = root.GetProperty("strict").ValueKind switch { JsonValueKind.True => true, JsonValueKind.False => false, _ => null },
                Raises = root.GetProperty("raises").EnumerateArray().Select(r => r.GetString() ?? string.Empty).ToArray(),
                MessagePattern = root.GetProperty("messagePattern").GetString(),
                Run = root.GetProperty("run").GetBoolean(),
                Deadline = root.GetProperty("deadline").GetString(),
                Marker = root.GetProperty("marker").GetString() ?? FactMarker,
            };
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new InvalidOperationException(
                $"The serialised expected-failure settings of this test case ('{SerializedKey}' = {json}) are not what this version of Ssot.TestFramework writes ({ex.Message}). "
                + "The test case was probably discovered by another version of the kit: rebuild the test project and discover the tests again.",
                ex);
        }
    }

    private static string ToJson(ExpectedFailureSettings settings) => ReportJson.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("reason", settings.Reason);
        writer.WriteString("issue", settings.Issue);
        if (settings.Strict is { } strict)
        {
            writer.WriteBoolean("strict", strict);
        }
        else
        {
            writer.WriteNull("strict");
        }

        writer.WriteStartArray("raises");
        foreach (string raised in settings.Raises)
        {
            writer.WriteStringValue(raised);
        }

        writer.WriteEndArray();
        writer.WriteString("messagePattern", settings.MessagePattern);
        writer.WriteBoolean("run", settings.Run);
        writer.WriteString("deadline", settings.Deadline);
        writer.WriteString("marker", settings.Marker);
        writer.WriteEndObject();
    });
}
