using System.Globalization;
using System.Text;
using System.Text.Json;
using Ssot.TestFramework.Common;
using Ssot.TestFramework.Compliance.Reports;
using Ssot.TestFramework.Compliance.Rules;

namespace Ssot.TestFramework.Compliance.Baselines;

/// <summary>
/// Reads and writes baseline files: sorted, indented JSON with LF line endings, byte-for-byte deterministic.
/// </summary>
/// <remarks>
/// Format: <c>{ "version": 1, "entries": [ { "rule", "file", "member", "symbol", "count" } ] }</c>. Stateless and
/// thread-safe; concurrent writers to one path are not coordinated (last write wins, via a temp file and rename).
/// </remarks>
public static class BaselineFile
{
    /// <summary>The format version written and accepted.</summary>
    public const int FormatVersion = 1;

    /// <summary>Loads a baseline. A missing file is <see cref="BaselineLoadStatus.Missing"/>, never an error.</summary>
    /// <param name="path">The file path.</param>
    /// <returns>The load result.</returns>
    /// <exception cref="BaselineFormatException">The file exists but is unreadable or corrupt.</exception>
    public static BaselineLoadResult Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string full = Path.GetFullPath(path);
        switch (InputFile.KindOf(full))
        {
            case InputFile.Kind.Missing:
                return new BaselineLoadResult(full, BaselineLoadStatus.Missing, Baseline.Empty);
            case InputFile.Kind.Folder:
                throw new BaselineFormatException($"{full}: the baseline is a folder, not a file. Pass a file path such as {Path.Combine(full, "ssot.baseline.json")}.");
        }

        string text = InputFile.ReadInput(
            full,
            "a baseline",
            "Pass the baseline's JSON file (a regular file).",
            "the baseline",
            "Make it readable, or delete it and rerun on a developer machine to recreate it.",
            (message, cause) => new BaselineFormatException(message, cause));

        return new BaselineLoadResult(full, BaselineLoadStatus.Loaded, Parse(text, full));
    }

    /// <summary>Parses baseline JSON.</summary>
    /// <param name="json">The text.</param>
    /// <param name="sourceName">The file name used in messages.</param>
    /// <returns>The baseline.</returns>
    /// <exception cref="BaselineFormatException">The text is not a valid baseline.</exception>
    public static Baseline Parse(string json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(sourceName);
        const string Fix = "Repair it, or delete it and rerun on a developer machine to recreate it.";
        try
        {
            using var doc = JsonDocument.Parse(json);
            JsonDuplicateKeys.Check(json, default, message => new BaselineFormatException($"{sourceName}{message} {Fix}"));
            JsonElement root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("version", out JsonElement version))
            {
                throw new BaselineFormatException($"{sourceName}: not an SSOT baseline (expected an object with \"version\": {FormatVersion}). {Fix}");
            }

            // By JSON kind and range first: 1.0, 1e0 or 99999999999 are numbers, but not the integer version.
            if (version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out int v) || version.GetRawText() != v.ToString(CultureInfo.InvariantCulture))
            {
                throw new BaselineFormatException($"{sourceName}: $.version is {Shorten(version.GetRawText())}, not the integer {FormatVersion}. Write \"version\": {FormatVersion}, or delete the file and rerun on a developer machine to recreate it.");
            }

            if (v != FormatVersion)
            {
                throw new BaselineFormatException($"{sourceName}: $.version {v} is not supported; this ssot reads version {FormatVersion}. Use the ssot version that wrote it, or delete the file and rerun on a developer machine to recreate it.");
            }

            if (!root.TryGetProperty("entries", out JsonElement entries) || entries.ValueKind != JsonValueKind.Array)
            {
                throw new BaselineFormatException($"{sourceName}: $.entries is missing or not an array. {Fix}");
            }

            var list = new List<BaselineEntry>();
            var seen = new HashSet<BaselineKey>();
            int i = 0;
            foreach (JsonElement e in entries.EnumerateArray())
            {
                string at = $"$.entries[{i++}]";
                var key = new BaselineKey(Field(e, "rule", at, sourceName, Fix), Field(e, "file", at, sourceName, Fix), Field(e, "member", at, sourceName, Fix), Field(e, "symbol", at, sourceName, Fix));
                if (!e.TryGetProperty("count", out JsonElement count) || count.ValueKind != JsonValueKind.Number || !count.TryGetInt32(out int n) || n < 1
                    || count.GetRawText() != n.ToString(CultureInfo.InvariantCulture))
                {
                    throw new BaselineFormatException($"{sourceName}: {at}.count must be an integer of at least 1. {Fix}");
                }

                if (!seen.Add(key))
                {
                    throw new BaselineFormatException($"{sourceName}: {at} duplicates the key {key}. {Fix}");
                }

                list.Add(new BaselineEntry(key, n));
            }

            return new Baseline(list);
        }
        catch (JsonException ex)
        {
            throw new BaselineFormatException($"{sourceName}({(ex.LineNumber ?? 0) + 1},{(ex.BytePositionInLine ?? 0) + 1}): invalid JSON: {ex.Message} {Fix}", ex);
        }
    }

    /// <summary>Serializes a baseline: sorted entries, two-space indent, LF, trailing newline.</summary>
    /// <param name="baseline">The baseline.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(Baseline baseline)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        return ReportJson.Write(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("version", FormatVersion);
            w.WriteStartArray("entries");
            foreach (BaselineEntry e in baseline.Entries)
            {
                w.WriteStartObject();
                w.WriteString("rule", e.Key.Rule);
                w.WriteString("file", e.Key.File);
                w.WriteString("member", e.Key.Member);
                w.WriteString("symbol", e.Key.Symbol);
                w.WriteNumber("count", e.Count);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }) + "\n";
    }

    /// <summary>Writes a baseline atomically (temp file, then rename), creating the folder when needed.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="baseline">The baseline.</param>
    /// <exception cref="BaselineWriteException">The file or its folder cannot be written; the file is left as it was.</exception>
    public static void Write(string path, Baseline baseline)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(baseline);
        string full = Path.GetFullPath(path);
        try
        {
            AtomicFile.Write(full, writer => writer.Write(Serialize(baseline)));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new BaselineWriteException(
                $"{full}: cannot write the baseline ({ex.Message.TrimEnd('.')}). Make the file and its folder writable (chmod u+w; chattr -i if it is immutable) or pass another --baseline; the file was left as it was.",
                ex);
        }
    }

    private static string Shorten(string raw) => raw.Length <= 40 ? raw : raw[..40] + "…";

    private static string Field(JsonElement e, string name, string at, string file, string fix) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.String && !string.IsNullOrEmpty(v.GetString())
            ? v.GetString()!
            : throw new BaselineFormatException($"{file}: {at}.{name} is missing or not a non-empty string. {fix}");
}
