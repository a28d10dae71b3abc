using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Ssot.TestFramework.Compliance.Rules;

/// <summary>
/// Finds a key that occurs twice in one JSON object. <see cref="JsonDocument"/> keeps both silently and
/// <see cref="JsonElement.TryGetProperty(string, out JsonElement)"/> returns one of them, so a registry or baseline
/// could mean something else than it says. Stateless and thread-safe.
/// </summary>
internal static class JsonDuplicateKeys
{
    /// <summary>Throws the error <paramref name="error"/> builds when a key repeats; the JSON must be well-formed.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">The reader options the document was parsed with.</param>
    /// <param name="error">Builds the exception from a message such as <c>(7,5): $.deprecated[1]: the key 'symbol' is given twice (also at line 6, column 5); keep one.</c></param>
    public static void Check(string json, JsonReaderOptions options, Func<string, Exception> error)
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(json);
        var reader = new Utf8JsonReader(utf8, options);
        var frames = new Stack<Frame>();
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    frames.Push(new Frame(reader.TokenType == JsonTokenType.StartObject, frames.Count == 0 ? "$" : frames.Peek().ChildPath()));
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    frames.Pop();
                    break;
                case JsonTokenType.PropertyName:
                    Frame frame = frames.Peek();
                    string name = reader.GetString()!;
                    if (frame.Keys.TryGetValue(name, out long first))
                    {
                        (int line, int column) = Position(utf8, reader.TokenStartIndex);
                        (int firstLine, int firstColumn) = Position(utf8, first);
                        throw error(string.Create(CultureInfo.InvariantCulture,
                            $"({line},{column}): {frame.Path}: the key '{name}' is given twice (also at line {firstLine}, column {firstColumn}); keep one."));
                    }

                    frame.Keys[name] = reader.TokenStartIndex;
                    frame.Pending = name;
                    break;
                default:
                    if (frames.Count > 0)
                    {
                        _ = frames.Peek().ChildPath();
                    }

                    break;
            }
        }
    }

    private static (int Line, int Column) Position(byte[] utf8, long offset)
    {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, Encoding.UTF8.GetCharCount(utf8, lineStart, (int)offset - lineStart) + 1);
    }

    private sealed class Frame(bool isObject, string path)
    {
        private int _index;

        public string Path { get; } = path;

        public Dictionary<string, long> Keys { get; } = new(StringComparer.Ordinal);

        public string? Pending { get; set; }

        /// <summary>The path of the value that starts now, advancing an array's index.</summary>
        public string ChildPath() => isObject ? $"{Path}.{Pending}" : $"{Path}[{_index++}]";
    }
}
