using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace Ssot.TestFramework.Compliance.Rules;

/// <summary>
/// The cheap first tier: a text pass over every file that keeps only the files that can matter to the semantic pass.
/// A file is a candidate when it contains a registry name as a whole word, declares a <c>global using</c>, or (second
/// round) contains an alias name declared for a registry target anywhere, or a type name declared inside a deprecated
/// namespace or beside a canonical interface. Over-approximates by design; never decodes a file's text unless the
/// file may be a candidate. Reads only regular files within <see cref="SourceLimits"/>, decodes them as the compiler
/// does (<see cref="SourceFiles.Decode"/>) and sees identifiers written with <c>\u</c> escapes.
/// </summary>
internal sealed partial class CandidateFinder
{
    private readonly string[] _names;
    private readonly string[] _namespaceNames;
    private readonly string[] _interfaceNames;

    public CandidateFinder(IEnumerable<string> names, IEnumerable<string> deprecatedNamespaces, IEnumerable<string> interfaceNames)
    {
        _names = names.Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        _namespaceNames = deprecatedNamespaces.Distinct(StringComparer.Ordinal).ToArray();
        _interfaceNames = interfaceNames.Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>Returns candidate texts keyed by absolute path; unreadable files go to <paramref name="diagnostics"/>.</summary>
    public IReadOnlyDictionary<string, string> Find(IReadOnlyList<string> files, Func<string, string> relative, ConcurrentBag<ScanDiagnostic> diagnostics)
    {
        var candidates = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var extraNames = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
        var rest = new ConcurrentBag<string>();
        byte[][] names = Utf8(_names);
        Parallel.ForEach(files, file =>
        {
            (byte[]? bytes, string? given) = Read(file, relative, diagnostics);
            if (bytes is null || IsGenerated(bytes))
            {
                return;
            }

            CollectNamespaces(bytes);

            // Cheap byte-level check first; only files that mention a name (or may spell one with \u escapes) are
            // decoded and have comments and strings blanked.
            bool escaped = HasUnicodeEscape(bytes);
            bool mentions = escaped || ContainsAnyWord(bytes, names);
            bool global = bytes.AsSpan().IndexOf("global"u8) >= 0;
            string? text = mentions || global ? given ?? Decode(bytes) : null;
            string? code = text is null ? null : escaped ? Unescape(text) : text;
            bool hit = code is not null
                && ((mentions && ContainsAnyWord(Unescape(CommentAndStringStripper.Strip(text!), escaped), _names)) || (global && GlobalUsingRegex().IsMatch(code)));
            if (hit)
            {
                candidates[file] = text!;
                foreach (Match m in AliasRegex().Matches(code!))
                {
                    if (ContainsAnyWord(m.Groups["target"].Value, _names))
                    {
                        extraNames.TryAdd(m.Groups["alias"].Value, 0);
                    }
                }

                if (DeclaresWatchedNamespace(code!) || ContainsAnyWord(code!, _interfaceNames))
                {
                    foreach (Match m in TypeDeclarationRegex().Matches(code!))
                    {
                        extraNames.TryAdd(m.Groups["name"].Value, 0);
                    }
                }
            }
            else
            {
                rest.Add(file);
            }
        });

        string[] extra = extraNames.Keys.Except(_names, StringComparer.Ordinal).ToArray();
        if (extra.Length > 0)
        {
            byte[][] extraUtf8 = Utf8(extra);
            Parallel.ForEach(rest, file =>
            {
                (byte[]? bytes, string? given) = Read(file, relative, null);
                bool escaped = bytes is not null && HasUnicodeEscape(bytes);
                if (bytes is not null && !IsGenerated(bytes) && (escaped || ContainsAnyWord(bytes, extraUtf8)))
                {
                    string text = given ?? Decode(bytes);
                    if (ContainsAnyWord(Unescape(CommentAndStringStripper.Strip(text), escaped), extra))
                    {
                        candidates[file] = text;
                    }
                }
            });
        }

        return candidates;
    }

    /// <summary>
    /// Source mode's extra round for SSOT006's surface check: the files among <paramref name="files"/> that mention, as
    /// whole words outside comments and strings, at least a surface's bound of its member names (a type that copies the
    /// canonical type's surface must declare them). Unreadable files were reported by <see cref="Find"/>.
    /// </summary>
    public static IReadOnlyDictionary<string, string> FindSurfaceCopies(IEnumerable<string> files, IReadOnlyList<(string[] Names, int Bound)> surfaces, Func<string, string> relative)
    {
        var found = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        (byte[][] Names, string[] Text, int Bound)[] wanted = surfaces.Where(s => s.Bound > 0 && s.Names.Length >= s.Bound).Select(s => (Utf8(s.Names), s.Names, s.Bound)).ToArray();
        if (wanted.Length == 0)
        {
            return found;
        }

        Parallel.ForEach(files, file =>
        {
            (byte[]? bytes, string? given) = Read(file, relative, null);
            if (bytes is null || IsGenerated(bytes))
            {
                return;
            }

            bool escaped = HasUnicodeEscape(bytes);
            if (!escaped && !wanted.Any(w => w.Names.Count(n => ContainsAnyWord(bytes, [n])) >= w.Bound))
            {
                return;
            }

            string text = given ?? Decode(bytes);
            string code = Unescape(CommentAndStringStripper.Strip(text), escaped);
            if (wanted.Any(w => w.Text.Count(n => ContainsAnyWord(code, [n])) >= w.Bound))
            {
                found[file] = text;
            }
        });

        return found;
    }

    /// <summary>Gets every namespace a scanned file declares (and its parents), so source mode can tell a typo from a package symbol.</summary>
    public ConcurrentDictionary<string, byte> DeclaredNamespaces { get; } = new(StringComparer.Ordinal);

    private void CollectNamespaces(ReadOnlySpan<byte> bytes)
    {
        int offset = 0;
        while (offset < bytes.Length)
        {
            int found = bytes[offset..].IndexOf("namespace"u8);
            if (found < 0)
            {
                return;
            }

            int at = offset + found;
            int i = at + "namespace".Length;
            offset = i;
            if ((at > 0 && IsIdentifierByte(bytes[at - 1])) || i >= bytes.Length || !(bytes[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                continue;
            }

            while (i < bytes.Length && bytes[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            {
                i++;
            }

            int start = i;
            while (i < bytes.Length && (IsIdentifierByte(bytes[i]) || bytes[i] == '.'))
            {
                i++;
            }

            string name = Encoding.UTF8.GetString(bytes[start..i]).Trim('.');
            for (string ns = name; ns.Length > 0; ns = ns.Contains('.', StringComparison.Ordinal) ? ns[..ns.LastIndexOf('.')] : string.Empty)
            {
                DeclaredNamespaces.TryAdd(ns, 0);
            }
        }
    }

    /// <summary>True when the text contains one of the names as a whole identifier (not part of a longer one).</summary>
    internal static bool ContainsAnyWord(string text, string[] names)
    {
        foreach (string name in names)
        {
            int at = 0;
            while ((at = text.IndexOf(name, at, StringComparison.Ordinal)) >= 0)
            {
                int end = at + name.Length;
                if ((at == 0 || !IsIdentifierChar(text[at - 1])) && (end >= text.Length || !IsIdentifierChar(text[end])))
                {
                    return true;
                }

                at = end;
            }
        }

        return false;
    }

    /// <summary>Byte-level whole-word search; any non-ASCII byte counts as part of an identifier.</summary>
    internal static bool ContainsAnyWord(ReadOnlySpan<byte> text, byte[][] names)
    {
        foreach (byte[] name in names)
        {
            int offset = 0;
            while (offset < text.Length)
            {
                int found = text[offset..].IndexOf(name);
                if (found < 0)
                {
                    break;
                }

                int at = offset + found;
                int end = at + name.Length;
                if ((at == 0 || !IsIdentifierByte(text[at - 1])) && (end >= text.Length || !IsIdentifierByte(text[end])))
                {
                    return true;
                }

                offset = end;
            }
        }

        return false;
    }

    internal static bool IsGenerated(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        bytes = bytes.TrimStart(" \t\r\n"u8);
        return bytes.StartsWith("// <auto-generated"u8) || bytes.StartsWith("//<auto-generated"u8);
    }

    private static bool IsIdentifierChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    private static bool IsIdentifierByte(byte b) => b >= 0x80 || (b >= '0' && b <= '9') || (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || b == '_';

    private static byte[][] Utf8(string[] names) => names.Select(n => Encoding.UTF8.GetBytes(n)).ToArray();

    /// <summary>UTF-8 decoding of bytes <see cref="SourceFiles.IsPlainUtf8"/> accepted, BOM removed.</summary>
    private static string Decode(byte[] bytes) =>
        bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3) : Encoding.UTF8.GetString(bytes);

    /// <summary>
    /// Reads a file for the byte-level checks: bytes that are plain UTF-8 as they are; any other encoding the compiler
    /// accepts (UTF-16 with a BOM, or the fallback code page for invalid UTF-8) is decoded as the compiler decodes it
    /// and re-encoded as UTF-8, with the decoded text. Files that cannot be read go to <paramref name="diagnostics"/>.
    /// </summary>
    private static (byte[]? Bytes, string? Text) Read(string file, Func<string, string> relative, ConcurrentBag<ScanDiagnostic>? diagnostics)
    {
        (byte[]? bytes, string? problem) = SourceFiles.Read(file);
        if (bytes is null)
        {
            diagnostics?.Add(new ScanDiagnostic(relative(file), problem!));
            return (null, null);
        }

        if (SourceFiles.IsPlainUtf8(bytes))
        {
            return (bytes, null);
        }

        string text = SourceFiles.Decode(bytes).ToString();
        return (Encoding.UTF8.GetBytes(text), text);
    }

    /// <summary>Whether the bytes hold a <c>\u</c> or <c>\U</c> escape, with which an identifier can spell a name.</summary>
    internal static bool HasUnicodeEscape(ReadOnlySpan<byte> bytes) => bytes.IndexOf("\\u"u8) >= 0 || bytes.IndexOf("\\U"u8) >= 0;

    /// <summary>
    /// Replaces each <c>\uXXXX</c> and <c>\UXXXXXXXX</c> escape by the character it stands for, as the compiler reads
    /// an identifier (<c>Legacy\u0046actory</c> is <c>LegacyFactory</c>); <paramref name="escaped"/> false returns the text.
    /// </summary>
    internal static string Unescape(string text, bool escaped = true)
    {
        if (!escaped || text.IndexOf('\\') < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            int digits = text[i] == '\\' && i + 1 < text.Length ? text[i + 1] switch { 'u' => 4, 'U' => 8, _ => 0 } : 0;
            if (digits > 0 && i + 2 + digits <= text.Length
                && int.TryParse(text.AsSpan(i + 2, digits), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out int value)
                && value is >= 0 and <= 0x10FFFF && (value < 0xD800 || value > 0xDFFF))
            {
                builder.Append(char.ConvertFromUtf32(value));
                i += 1 + digits;
            }
            else
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }

    private bool DeclaresWatchedNamespace(string text)
    {
        foreach (string ns in _namespaceNames)
        {
            int at = text.IndexOf(ns, StringComparison.Ordinal);
            if (at >= 0 && text.Contains("namespace", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^\s*global\s+using\b", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex GlobalUsingRegex();

    [GeneratedRegex(@"\busing\s+(?:static\s+)?@?(?<alias>\w+)\s*=\s*(?<target>[^;]+);", RegexOptions.CultureInvariant)]
    private static partial Regex AliasRegex();

    [GeneratedRegex(@"\b(?:class|struct|interface|enum|record)\s+(?<name>\w+)", RegexOptions.CultureInvariant)]
    private static partial Regex TypeDeclarationRegex();
}
