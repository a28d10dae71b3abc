using System.Text.Json;

namespace Ssot.TestFramework.Fixtures.Events;

/// <summary>
/// The default <see cref="IEventParser"/>: a JSON object with a string type property, ids read from the configured
/// top-level properties (strings or numbers), and every property copied into <see cref="ObservedEvent.Payload"/>
/// (strings as <see cref="string"/>, integers as <see cref="long"/>, other numbers as <see cref="double"/>, booleans
/// as <see cref="bool"/>, null as <see langword="null"/>, objects and arrays as a cloned <see cref="JsonElement"/>).
/// Stateless, so thread-safe.
/// </summary>
public sealed class JsonEventParser : IEventParser
{
    /// <summary>Creates a parser.</summary>
    /// <param name="fieldNames">The property names; default <see cref="JsonEventFieldNames.Default"/>.</param>
    public JsonEventParser(JsonEventFieldNames? fieldNames = null) => FieldNames = fieldNames ?? JsonEventFieldNames.Default;

    /// <summary>Gets a parser with the default property names.</summary>
    public static JsonEventParser Default { get; } = new();

    /// <summary>Gets the property names the parser reads.</summary>
    public JsonEventFieldNames FieldNames { get; }

    /// <inheritdoc />
    public bool TryParse(string raw, long sequence, DateTimeOffset timestamp, out ObservedEvent? observedEvent, out string? error)
    {
        ArgumentNullException.ThrowIfNull(raw);
        observedEvent = null;
        try
        {
            using var document = JsonDocument.Parse(raw);
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                error = $"expected a JSON object but got {root.ValueKind}";
                return false;
            }

            var payload = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (JsonProperty property in root.EnumerateObject())
            {
                payload[property.Name] = ToValue(property.Value);
            }

            if (!root.TryGetProperty(FieldNames.Type, out JsonElement type) || type.ValueKind != JsonValueKind.String)
            {
                error = $"the JSON object has no string property '{FieldNames.Type}'";
                return false;
            }

            observedEvent = new ObservedEvent(
                type.GetString()!,
                Id(root, FieldNames.UserId),
                Id(root, FieldNames.RunId),
                Id(root, FieldNames.ThreadId),
                Id(root, FieldNames.ToolCallId),
                sequence,
                timestamp,
                raw,
                payload);
            error = null;
            return true;
        }
        catch (JsonException exception)
        {
            error = "not valid JSON: " + exception.Message;
            return false;
        }
    }

    private static string? Id(JsonElement root, string name) => root.TryGetProperty(name, out JsonElement value)
        ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        }
        : null;

    private static object? ToValue(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.TryGetInt64(out long integer) ? integer : value.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => value.Clone(),
    };
}
