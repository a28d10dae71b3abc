using System.Text.Json;
using Ssot.TestFramework.Common;

namespace Ssot.TestFramework.Compliance.Rules;

/// <summary>
/// Loads <see cref="SsotRegistry"/> instances from <c>ssot.json</c> (comments and trailing commas allowed) and imports
/// BannedApiAnalyzers <c>BannedSymbols.txt</c> files.
/// </summary>
/// <remarks>Stateless and thread-safe. Every error is an <see cref="SsotRegistryException"/> naming the file, the JSON
/// path or line, and what to do.</remarks>
public static class SsotRegistryLoader
{
    private static readonly string[] s_deprecatedPrefixes = ["T:", "M:", "P:", "F:", "E:", "N:"];

    private static readonly JsonDocumentOptions s_options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Loads a registry file; a <c>bannedSymbols</c> field is resolved relative to the file's folder.</summary>
    /// <param name="path">The path of <c>ssot.json</c>.</param>
    /// <returns>The registry.</returns>
    /// <exception cref="SsotRegistryException">The file is missing, unreadable or malformed.</exception>
    public static SsotRegistry Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.Trim().Length == 0)
        {
            throw new SsotRegistryException("the registry path is an empty string. Pass the path of ssot.json with --registry.");
        }

        string full = Path.GetFullPath(path);
        string text = InputFile.ReadInput(
            full,
            "a registry",
            "Pass the ssot.json file (a regular file) with --registry.",
            "the registry file",
            "Pass an existing ssot.json with --registry.",
            (message, cause) => new SsotRegistryException(message, cause));

        return Parse(text, full, Path.GetDirectoryName(full) ?? Directory.GetCurrentDirectory());
    }

    /// <summary>Parses registry JSON.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="sourceName">The file name used in messages and stored as <see cref="SsotRegistry.SourcePath"/>.</param>
    /// <param name="baseDirectory">The folder that a relative <c>bannedSymbols</c> path is resolved against.</param>
    /// <returns>The registry.</returns>
    /// <exception cref="SsotRegistryException">The JSON is malformed or an entry is invalid.</exception>
    public static SsotRegistry Parse(string json, string sourceName, string baseDirectory)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(sourceName);
        ArgumentNullException.ThrowIfNull(baseDirectory);
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, s_options);
        }
        catch (JsonException ex)
        {
            throw new SsotRegistryException(
                $"{sourceName}({(ex.LineNumber ?? 0) + 1},{(ex.BytePositionInLine ?? 0) + 1}): invalid JSON at '{ex.Path ?? "$"}': {ex.Message} Fix the syntax (comments and trailing commas are allowed).",
                ex);
        }

        using (doc)
        {
            JsonDuplicateKeys.Check(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }, message => new SsotRegistryException($"{sourceName}{message}"));
            JsonElement root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw Error(sourceName, "$", "the registry must be a JSON object with 'canonical' and/or 'deprecated' arrays");
            }

            var canonical = new List<CanonicalEntry>();
            var deprecated = new List<DeprecatedEntry>();
            var canonicalAt = new List<string>();
            var deprecatedAt = new List<string>();
            foreach (JsonProperty property in root.EnumerateObject())
            {
                switch (property.Name)
                {
                    case "canonical":
                        int ci = 0;
                        foreach (JsonElement e in Array(sourceName, "$.canonical", property.Value))
                        {
                            canonicalAt.Add($"$.canonical[{ci}]");
                            canonical.Add(ReadCanonical(sourceName, $"$.canonical[{ci++}]", e));
                        }

                        break;
                    case "deprecated":
                        int di = 0;
                        foreach (JsonElement e in Array(sourceName, "$.deprecated", property.Value))
                        {
                            deprecatedAt.Add($"$.deprecated[{di}]");
                            deprecated.Add(ReadDeprecated(sourceName, $"$.deprecated[{di++}]", e));
                        }

                        break;
                    case "include":
                    case "exclude":
                    case "bannedSymbols":
                    case "duplicateSurface":
                    case "$schema":
                        break;
                    default:
                        throw Error(sourceName, "$." + property.Name, "unknown field; allowed: canonical, deprecated, include, exclude, bannedSymbols, duplicateSurface, $schema");
                }
            }

            string[] include = Strings(sourceName, "$.include", root);
            string[] exclude = Strings(sourceName, "$.exclude", root);
            if (root.TryGetProperty("bannedSymbols", out JsonElement banned))
            {
                if (banned.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(banned.GetString()))
                {
                    throw Error(sourceName, "$.bannedSymbols", "must be a path (string) to a BannedSymbols.txt file");
                }

                string bannedPath = Path.GetFullPath(Path.Combine(baseDirectory, banned.GetString()!));
                foreach ((DeprecatedEntry entry, int line) in ReadBannedSymbols(bannedPath))
                {
                    deprecatedAt.Add($"{bannedPath}({line})");
                    deprecated.Add(entry);
                }
            }

            if (canonical.Count == 0 && deprecated.Count == 0)
            {
                throw Error(sourceName, "$", "the registry has nothing to check: no canonical and no deprecated entries (after importing bannedSymbols), so every scan would pass. Add at least one entry to 'canonical' or 'deprecated' (see docs/registry.md)");
            }

            RejectDuplicates(sourceName, canonical.Select(c => c.Symbol).ToList(), canonicalAt, "canonical");
            RejectDuplicates(sourceName, deprecated.Select(d => d.Symbol).ToList(), deprecatedAt, "deprecated");
            DuplicateSurfaceOptions? surface = root.TryGetProperty("duplicateSurface", out JsonElement surfaceElement) ? ReadDuplicateSurface(sourceName, surfaceElement) : null;
            return new SsotRegistry(canonical, deprecated, include, exclude, sourceName, surface);
        }
    }

    /// <summary>
    /// Imports a BannedApiAnalyzers <c>BannedSymbols.txt</c>: each line <c>ID;message</c> becomes a deprecated entry whose
    /// replacement is the message; blank lines and <c>//</c> comments are ignored.
    /// </summary>
    /// <param name="path">The file path.</param>
    /// <returns>The entries, in file order.</returns>
    /// <exception cref="SsotRegistryException">The file is unreadable or a line has an unknown ID prefix.</exception>
    public static IReadOnlyList<DeprecatedEntry> ImportBannedSymbols(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return ReadBannedSymbols(Path.GetFullPath(path)).Select(e => e.Entry).ToArray();
    }

    private static List<(DeprecatedEntry Entry, int Line)> ReadBannedSymbols(string full)
    {
        string[] lines;
        try
        {
            lines = InputFile.ReadText(full).Split('\n');
        }
        catch (InputFileException ex)
        {
            throw new SsotRegistryException($"{full}: not read as a banned-symbols file: {ex.Message}. Fix the 'bannedSymbols' path.", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new SsotRegistryException($"{full}: cannot read the banned-symbols file ({ex.Message}). Fix the 'bannedSymbols' path.", ex);
        }

        var result = new List<(DeprecatedEntry, int)>();
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }

            int semi = line.IndexOf(';', StringComparison.Ordinal);
            string id = (semi < 0 ? line : line[..semi]).Trim();
            string? message = semi < 0 ? null : line[(semi + 1)..].Trim();
            if (!HasPrefix(id, s_deprecatedPrefixes))
            {
                throw new SsotRegistryException(
                    $"{full}({i + 1}): '{id}' has no valid documentation-comment ID prefix; use one of T:, M:, P:, F:, E:, N: (e.g. T:Legacy.Chat.Client).");
            }

            result.Add((new DeprecatedEntry(id, string.IsNullOrEmpty(message) ? "see BannedSymbols.txt" : message, null, message), i + 1));
        }

        return result;
    }

    private static void RejectDuplicates(string file, List<string> symbols, List<string> places, string list)
    {
        var first = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < symbols.Count; i++)
        {
            if (!first.TryAdd(symbols[i], places[i]))
            {
                throw new SsotRegistryException(
                    $"{file}: {places[i]}: '{symbols[i]}' is already a {list} entry at {first[symbols[i]]}. Each symbol is listed once per list; merge the two entries into one.");
            }
        }
    }

    private static CanonicalEntry ReadCanonical(string file, string path, JsonElement e)
    {
        RequireObject(file, path, e, "symbol", "factory", "implements");
        string symbol = RequiredString(file, path, e, "symbol");
        RequirePrefix(file, path + ".symbol", symbol, "T:");
        string? factory = OptionalString(file, path, e, "factory");
        if (factory is not null)
        {
            RequirePrefix(file, path + ".factory", factory, "M:");
        }

        string? implements = OptionalString(file, path, e, "implements");
        if (implements is not null)
        {
            RequirePrefix(file, path + ".implements", implements, "T:");
        }

        return new CanonicalEntry(symbol, factory, implements);
    }

    /// <summary>Reads <c>$.duplicateSurface</c>; each bad value names its JSON path and the accepted range.</summary>
    private static DuplicateSurfaceOptions ReadDuplicateSurface(string file, JsonElement e)
    {
        const string path = "$.duplicateSurface";
        if (e.ValueKind != JsonValueKind.Object)
        {
            throw Error(file, path, "must be an object such as { \"threshold\": 0.8, \"minimumMembers\": 5, \"allow\": [\"Chat.Adapters.*\"] }");
        }

        RequireObject(file, path, e, "threshold", "minimumMembers", "allow");
        double threshold = DuplicateSurfaceOptions.DefaultThreshold;
        if (e.TryGetProperty("threshold", out JsonElement t))
        {
            if (t.ValueKind != JsonValueKind.Number || !t.TryGetDouble(out threshold) || threshold <= 0 || threshold > 1)
            {
                string given = t.ValueKind == JsonValueKind.String ? $"\"{t.GetString()}\" (a string)" : t.GetRawText();
                string hint = t.ValueKind == JsonValueKind.Number && t.TryGetDouble(out double percent) && percent > 1 && percent <= 100
                    ? FormattableString.Invariant($"; for {percent}% write {percent / 100}")
                    : string.Empty;
                throw Error(file, $"{path}.threshold", $"{given} is not a share of the canonical type's members: give a number more than 0 and at most 1 (default {DuplicateSurfaceOptions.DefaultThreshold.ToString(System.Globalization.CultureInfo.InvariantCulture)}){hint}");
            }
        }

        int minimum = DuplicateSurfaceOptions.DefaultMinimumMembers;
        if (e.TryGetProperty("minimumMembers", out JsonElement m) && (m.ValueKind != JsonValueKind.Number || !m.TryGetInt32(out minimum) || minimum < 1))
        {
            throw Error(file, $"{path}.minimumMembers", $"{m.GetRawText()} is not a member count: give a whole number of at least 1 (default {DuplicateSurfaceOptions.DefaultMinimumMembers})");
        }

        var allow = new List<string>();
        if (e.TryGetProperty("allow", out JsonElement a))
        {
            int i = 0;
            foreach (JsonElement item in Array(file, $"{path}.allow", a))
            {
                string? problem = item.ValueKind == JsonValueKind.String
                    ? DuplicateSurfaceOptions.PatternProblem(item.GetString()!)
                    : $"{item.GetRawText()} is not a string; give a fully qualified type name such as Chat.Legacy.HubAdapter or a glob such as Chat.Adapters.*";
                if (problem is not null)
                {
                    throw Error(file, $"{path}.allow[{i}]", item.ValueKind == JsonValueKind.String ? $"'{item.GetString()}' {problem}" : problem);
                }

                allow.Add(item.GetString()!.Trim());
                i++;
            }
        }

        return new DuplicateSurfaceOptions(threshold, minimum, allow);
    }

    private static DeprecatedEntry ReadDeprecated(string file, string path, JsonElement e)
    {
        RequireObject(file, path, e, "symbol", "replacement", "issue", "message", "removed");
        string symbol = RequiredString(file, path, e, "symbol");
        RequirePrefix(file, path + ".symbol", symbol, s_deprecatedPrefixes);
        string replacement = RequiredString(file, path, e, "replacement");
        return new DeprecatedEntry(symbol, replacement, OptionalString(file, path, e, "issue"), OptionalString(file, path, e, "message"), OptionalBoolean(file, path, e, "removed"));
    }

    private static void RequireObject(string file, string path, JsonElement e, params string[] allowed)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            throw Error(file, path, "each entry must be an object such as { \"symbol\": \"T:Namespace.Type\" }");
        }

        foreach (JsonProperty p in e.EnumerateObject())
        {
            if (!allowed.Contains(p.Name, StringComparer.Ordinal))
            {
                throw Error(file, $"{path}.{p.Name}", $"unknown field; allowed: {string.Join(", ", allowed)}");
            }
        }
    }

    private static string RequiredString(string file, string path, JsonElement e, string name)
    {
        string? value = OptionalString(file, path, e, name);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw Error(file, $"{path}.{name}", $"required field '{name}' is missing or empty; add it");
        }

        return value;
    }

    private static string? OptionalString(string file, string path, JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out JsonElement v) || v.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (v.ValueKind != JsonValueKind.String)
        {
            throw Error(file, $"{path}.{name}", "must be a string");
        }

        return v.GetString()!.Trim();
    }

    private static bool OptionalBoolean(string file, string path, JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out JsonElement v) || v.ValueKind == JsonValueKind.Null)
        {
            return false;
        }

        return v.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw Error(file, $"{path}.{name}", "must be true or false (a JSON boolean, not a string)"),
        };
    }

    private static void RequirePrefix(string file, string path, string id, params string[] prefixes)
    {
        if (!HasPrefix(id, prefixes) || id.Length <= 2)
        {
            throw Error(file, path, $"'{id}' is not a documentation-comment ID with prefix {string.Join(" or ", prefixes)} (e.g. {prefixes[0]}Namespace.Name)");
        }
    }

    private static bool HasPrefix(string id, string[] prefixes) =>
        prefixes.Any(p => id.StartsWith(p, StringComparison.Ordinal)) && id.Length > 2;

    private static JsonElement.ArrayEnumerator Array(string file, string path, JsonElement e) =>
        e.ValueKind == JsonValueKind.Array ? e.EnumerateArray() : throw Error(file, path, "must be an array");

    private static string[] Strings(string file, string path, JsonElement root)
    {
        string name = path[2..];
        if (!root.TryGetProperty(name, out JsonElement e))
        {
            return [];
        }

        var list = new List<string>();
        int i = 0;
        foreach (JsonElement item in Array(file, path, e))
        {
            list.Add(item.ValueKind == JsonValueKind.String
                ? item.GetString()!
                : throw Error(file, $"{path}[{i}]", "must be a glob string such as \"src/**/*.cs\""));
            i++;
        }

        return list.ToArray();
    }

    private static SsotRegistryException Error(string file, string path, string problem) =>
        new($"{file}: {path}: {problem}.");
}
