using System.Buffers;
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

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? s_compactBuffer;

    [ThreadStatic]
    private static Utf8JsonWriter? s_compactWriter;

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

        return WithLineFeeds(Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length));
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
        int indent = 2 * writer.CurrentDepth;
        char[] line = ArrayPool<char>.Shared.Rent(1 + indent + json.Length);
        line[0] = '\n';
        line.AsSpan(1, indent).Fill(' ');
        json.CopyTo(line.AsSpan(1 + indent));
        writer.WriteRawValue(line.AsSpan(0, 1 + indent + json.Length), skipInputValidation: true);
        ArrayPool<char>.Shared.Return(line);
    }

    /// <summary>
    /// Writes one compact JSON value (no indentation, no line break) with the writer's default encoder, e.g. a journal
    /// line or a report entry that <see cref="WriteLine(Utf8JsonWriter, string)"/> puts in a file later.
    /// </summary>
    /// <typeparam name="TState">What <paramref name="write"/> writes (passed, so the callback need not capture it).</typeparam>
    /// <param name="state">The value to write.</param>
    /// <param name="write">Writes exactly one JSON value.</param>
    /// <returns>The JSON text.</returns>
    /// <remarks>Thread-safe: each thread reuses its own buffer, so <paramref name="write"/> must not call it again.</remarks>
    public static string Compact<TState>(TState state, Action<Utf8JsonWriter, TState> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        ArrayBufferWriter<byte> buffer = s_compactBuffer ??= new ArrayBufferWriter<byte>(512);
        Utf8JsonWriter writer = s_compactWriter ??= new Utf8JsonWriter(buffer);
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        write(writer, state);
        writer.Flush();
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Serializes a value with <paramref name="options"/> (which set the indentation).</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="options">The serializer options.</param>
    /// <returns>The JSON text with <c>\n</c> line ends and no final line break.</returns>
    public static string Serialize<T>(T value, JsonSerializerOptions options) => WithLineFeeds(JsonSerializer.Serialize(value, options));

    // The writer ends lines with Environment.NewLine: where that is already \n there is nothing to replace.
    private static string WithLineFeeds(string json) =>
        Environment.NewLine == "\n" ? json : json.Replace("\r\n", "\n", StringComparison.Ordinal);
}
