using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Ssot.TestFramework.Common;

/// <summary>
/// The one way the kit writes an indented JSON file (reports, baselines, caches): two-space indentation and <c>\n</c>
/// line ends on every operating system (.NET 8's writer ends lines with <see cref="Environment.NewLine"/>), so a file
/// committed on Windows and rewritten on Linux does not change.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class ReportJson
{
    private static readonly JsonWriterOptions s_indented = new() { Indented = true };

    /// <summary>
    /// Writes a document with an indented <see cref="Utf8JsonWriter"/>. Compact values rendered beforehand go in with
    /// <see cref="WriteLine(Utf8JsonWriter, string)"/>, one per line.
    /// </summary>
    /// <param name="write">Writes the document.</param>
    /// <param name="encoder">
    /// How strings are escaped; <see langword="null"/> (the default) uses the writer's default encoder, which escapes
    /// non-ASCII and HTML-sensitive characters. A report whose values come from a serializer with another encoder
    /// passes that encoder, so the whole file escapes alike.
    /// </param>
    /// <returns>The JSON text with <c>\n</c> line ends and no final line break.</returns>
    public static string Write(Action<Utf8JsonWriter> write, JavaScriptEncoder? encoder = null)
    {
        ArgumentNullException.ThrowIfNull(write);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, encoder is null ? s_indented : s_indented with { Encoder = encoder }))
        {
            write(writer);
        }

        return WithLineFeeds(Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>
    /// Writes a value rendered beforehand (compact JSON, e.g. by <see cref="JsonSerializer"/>) as it is, on a line of its
    /// own indented like the writer's other values: the entries of <c>expected-failures.json</c> stay one per line
    /// (a committed backlog diffs by test) and each is rendered once, not on every rewrite.
    /// </summary>
    /// <param name="writer">A writer of <see cref="Write"/>, inside an array.</param>
    /// <param name="json">One complete JSON value without line breaks; not validated.</param>
    public static void WriteLine(Utf8JsonWriter writer, string json)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(json);

        // The indented writer puts the separator before a raw value but neither line break nor indentation.
        writer.WriteRawValue("\n" + new string(' ', 2 * writer.CurrentDepth) + json, skipInputValidation: true);
    }

    /// <summary>Serializes a value with <paramref name="options"/> (which set the indentation).</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="options">The serializer options.</param>
    /// <returns>The JSON text with <c>\n</c> line ends and no final line break.</returns>
    public static string Serialize<T>(T value, JsonSerializerOptions options) => WithLineFeeds(JsonSerializer.Serialize(value, options));

    private static string WithLineFeeds(string json) => json.Replace("\r\n", "\n", StringComparison.Ordinal);
}
