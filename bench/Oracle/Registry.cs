using System.Text.Json;
using System.Text.RegularExpressions;

namespace Ssot.Oracle;

/// <summary>One <c>deprecated</c> entry of an <c>ssot.json</c> registry.</summary>
internal sealed record DeprecatedEntry(string Symbol, string Replacement, string? Issue, string? Message);

/// <summary>
/// The parts of <c>ssot.json</c> the oracle needs, read independently of the engine's loader
/// (comments and trailing commas allowed; <c>canonical</c> and <c>bannedSymbols</c> are ignored).
/// </summary>
internal sealed class Registry
{
    private static readonly string[] s_prefixes = ["T:", "M:", "P:", "F:", "E:", "N:"];

    private readonly Regex[] _include;
    private readonly Regex[] _exclude;

    private Registry(IReadOnlyList<DeprecatedEntry> deprecated, IReadOnlyList<string> include, IReadOnlyList<string> exclude)
    {
        Deprecated = deprecated;
        Include = include;
        Exclude = exclude;
        _include = include.Select(GlobToRegex).ToArray();
        _exclude = exclude.Select(GlobToRegex).ToArray();
    }

    public IReadOnlyList<DeprecatedEntry> Deprecated { get; }

    public IReadOnlyList<string> Include { get; }

    public IReadOnlyList<string> Exclude { get; }

    public static Registry Load(string path)
    {
        var options = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
        using var document = JsonDocument.Parse(File.ReadAllText(path), options);
        var root = document.RootElement;
        var deprecated = new List<DeprecatedEntry>();
        if (root.TryGetProperty("deprecated", out var array))
        {
            var index = 0;
            foreach (var item in array.EnumerateArray())
            {
                var symbol = Text(item, "symbol") ?? throw new FormatException($"{path}: $.deprecated[{index}].symbol is missing.");
                if (!s_prefixes.Any(p => symbol.StartsWith(p, StringComparison.Ordinal)))
                {
                    throw new FormatException($"{path}: $.deprecated[{index}].symbol '{symbol}' has no T:/M:/P:/F:/E:/N: prefix.");
                }

                var replacement = Text(item, "replacement") ?? throw new FormatException($"{path}: $.deprecated[{index}].replacement is missing.");
                deprecated.Add(new DeprecatedEntry(symbol, replacement, Text(item, "issue"), Text(item, "message")));
                index++;
            }
        }

        return new Registry(deprecated, Strings(root, "include", ["**/*.cs"]), Strings(root, "exclude", []));
    }

    /// <summary>True when a repo-relative path (forward slashes) is scanned by the registry's include/exclude globs.</summary>
    public bool IsScanned(string relativePath) =>
        _include.Any(r => r.IsMatch(relativePath)) && !_exclude.Any(r => r.IsMatch(relativePath));

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string[] Strings(JsonElement root, string name, string[] fallback) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Select(v => v.GetString() ?? string.Empty).ToArray()
            : fallback;

    /// <summary><c>**</c> spans folders, <c>*</c> and <c>?</c> stay within one; a glob without '/' matches the file name.</summary>
    private static Regex GlobToRegex(string glob)
    {
        var g = glob.Replace('\\', '/');
        var nameOnly = !g.Contains('/', StringComparison.Ordinal);
        var pattern = new System.Text.StringBuilder(nameOnly ? "(^|/)" : "^");
        for (var i = 0; i < g.Length; i++)
        {
            var c = g[i];
            if (c == '*' && i + 1 < g.Length && g[i + 1] == '*')
            {
                var slash = i + 2 < g.Length && g[i + 2] == '/';
                pattern.Append(slash ? "(.*/)?" : ".*");
                i += slash ? 2 : 1;
            }
            else if (c == '*')
            {
                pattern.Append("[^/]*");
            }
            else if (c == '?')
            {
                pattern.Append("[^/]");
            }
            else
            {
                pattern.Append(Regex.Escape(c.ToString()));
            }
        }

        pattern.Append('$');
        return new Regex(pattern.ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }
}
