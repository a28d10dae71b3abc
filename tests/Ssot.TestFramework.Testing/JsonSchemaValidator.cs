using System.Text.Json;
using System.Text.RegularExpressions;

namespace Ssot.TestFramework.Testing;

/// <summary>
/// A small JSON Schema validator for the subset the SARIF 2.1.0 schema uses (draft-04/07 keywords): type, required,
/// properties, additionalProperties, enum, items, minItems, uniqueItems, $ref to #/definitions, pattern, minimum, exclusiveMinimum,
/// maximum, anyOf, oneOf, format (uri / uri-reference / date-time, loosely). Unknown keywords are ignored.
/// </summary>
public sealed class JsonSchemaValidator
{
    private readonly JsonElement _root;

    public JsonSchemaValidator(JsonElement root) => _root = root;

    public List<string> Validate(JsonElement instance)
    {
        var errors = new List<string>();
        Check(_root, instance, "$", errors);
        return errors;
    }

    private void Check(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (schema.TryGetProperty("$ref", out JsonElement reference))
        {
            Check(Resolve(reference.GetString()!), value, path, errors);
            return;
        }

        if (schema.TryGetProperty("type", out JsonElement type) && !TypeMatches(type, value))
        {
            errors.Add($"{path}: expected type {type.GetRawText()}, got {value.ValueKind}");
            return;
        }

        if (schema.TryGetProperty("enum", out JsonElement enumValues) && !enumValues.EnumerateArray().Any(e => JsonEquals(e, value)))
        {
            errors.Add($"{path}: value {value.GetRawText()} not in enum");
        }

        CheckObject(schema, value, path, errors);
        CheckArray(schema, value, path, errors);
        CheckScalar(schema, value, path, errors);

        if (schema.TryGetProperty("anyOf", out JsonElement anyOf) && !anyOf.EnumerateArray().Any(s => Passes(s, value, path)))
        {
            errors.Add($"{path}: matches none of anyOf");
        }

        if (schema.TryGetProperty("oneOf", out JsonElement oneOf) && oneOf.EnumerateArray().Count(s => Passes(s, value, path)) != 1)
        {
            errors.Add($"{path}: does not match exactly one of oneOf");
        }
    }

    private void CheckObject(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (schema.TryGetProperty("required", out JsonElement required))
        {
            foreach (JsonElement name in required.EnumerateArray())
            {
                if (!value.TryGetProperty(name.GetString()!, out _))
                {
                    errors.Add($"{path}: missing required property '{name.GetString()}'");
                }
            }
        }

        schema.TryGetProperty("properties", out JsonElement properties);
        schema.TryGetProperty("additionalProperties", out JsonElement additional);
        foreach (JsonProperty p in value.EnumerateObject())
        {
            string childPath = $"{path}.{p.Name}";
            if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(p.Name, out JsonElement propertySchema))
            {
                Check(propertySchema, p.Value, childPath, errors);
            }
            else if (additional.ValueKind == JsonValueKind.False)
            {
                errors.Add($"{childPath}: additional property not allowed");
            }
            else if (additional.ValueKind == JsonValueKind.Object)
            {
                Check(additional, p.Value, childPath, errors);
            }
        }
    }

    private void CheckArray(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        JsonElement[] items = value.EnumerateArray().ToArray();
        if (schema.TryGetProperty("minItems", out JsonElement minItems) && items.Length < minItems.GetInt32())
        {
            errors.Add($"{path}: fewer than {minItems.GetInt32()} items");
        }

        if (schema.TryGetProperty("uniqueItems", out JsonElement unique) && unique.ValueKind == JsonValueKind.True)
        {
            for (int i = 0; i < items.Length; i++)
            {
                for (int j = i + 1; j < items.Length; j++)
                {
                    if (JsonEquals(items[i], items[j]))
                    {
                        errors.Add($"{path}: items {i} and {j} are equal but uniqueItems is required");
                    }
                }
            }
        }

        if (schema.TryGetProperty("items", out JsonElement itemSchema))
        {
            for (int i = 0; i < items.Length; i++)
            {
                Check(itemSchema, items[i], $"{path}[{i}]", errors);
            }
        }
    }

    private static void CheckScalar(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        if (value.ValueKind == JsonValueKind.Number)
        {
            double number = value.GetDouble();
            if (schema.TryGetProperty("minimum", out JsonElement min) && number < min.GetDouble())
            {
                errors.Add($"{path}: {number} is below minimum {min.GetDouble()}");
            }

            if (schema.TryGetProperty("exclusiveMinimum", out JsonElement exclusiveMin) && number <= exclusiveMin.GetDouble())
            {
                errors.Add($"{path}: {number} is not above exclusive minimum {exclusiveMin.GetDouble()}");
            }

            if (schema.TryGetProperty("maximum", out JsonElement max) && number > max.GetDouble())
            {
                errors.Add($"{path}: {number} is above maximum {max.GetDouble()}");
            }
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            string text = value.GetString()!;
            if (schema.TryGetProperty("pattern", out JsonElement pattern) && !Regex.IsMatch(text, pattern.GetString()!))
            {
                errors.Add($"{path}: '{text}' does not match pattern {pattern.GetString()}");
            }

            if (schema.TryGetProperty("format", out JsonElement format))
            {
                bool ok = format.GetString() switch
                {
                    "uri" => Uri.TryCreate(text, UriKind.Absolute, out _),
                    "uri-reference" => Uri.TryCreate(text, UriKind.RelativeOrAbsolute, out _) && !text.Contains(' ', StringComparison.Ordinal),
                    "date-time" => DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _),
                    _ => true,
                };
                if (!ok)
                {
                    errors.Add($"{path}: '{text}' is not a valid {format.GetString()}");
                }
            }
        }
    }

    private bool Passes(JsonElement schema, JsonElement value, string path)
    {
        var errors = new List<string>();
        Check(schema, value, path, errors);
        return errors.Count == 0;
    }

    private JsonElement Resolve(string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal))
        {
            throw new NotSupportedException($"Only local references are supported: {reference}");
        }

        JsonElement current = _root;
        foreach (string part in reference[2..].Split('/'))
        {
            current = current.GetProperty(part.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal));
        }

        return current;
    }

    private static bool TypeMatches(JsonElement type, JsonElement value) =>
        type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Any(t => TypeMatches(t, value)) : type.GetString() switch
        {
            "object" => value.ValueKind == JsonValueKind.Object,
            "array" => value.ValueKind == JsonValueKind.Array,
            "string" => value.ValueKind == JsonValueKind.String,
            "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
            "null" => value.ValueKind == JsonValueKind.Null,
            "number" => value.ValueKind == JsonValueKind.Number,
            "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
            _ => true,
        };

    private static bool JsonEquals(JsonElement a, JsonElement b) => JsonElement.DeepEquals(a, b);
}
