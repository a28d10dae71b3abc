using System.Text;
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

    /// <summary>Writes a document with an indented <see cref="Utf8JsonWriter"/>.</summary>
    /// <param name="write">Writes the document.</param>
    /// <returns>The JSON text with <c>\n</c> line ends and no final line break.</returns>
    public static string Write(Action<Utf8JsonWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, s_indented))
        {
            write(writer);
        }

        return WithLineFeeds(Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>Serializes a value with <paramref name="options"/> (which set the indentation).</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="options">The serializer options.</param>
    /// <returns>The JSON text with <c>\n</c> line ends and no final line break.</returns>
    public static string Serialize<T>(T value, JsonSerializerOptions options) => WithLineFeeds(JsonSerializer.Serialize(value, options));

    private static string WithLineFeeds(string json) => json.Replace("\r\n", "\n", StringComparison.Ordinal);
}
