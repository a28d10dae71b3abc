namespace Ssot.TestFramework.Compliance.Rules;

/// <summary>
/// Blanks out comments and string/char literal contents so the text tier does not treat a name in a comment or a string
/// as a candidate. Conservative: interpolation holes are kept as code, and anything it does not fully understand (raw
/// string literals, a quote inside an interpolation hole, an unterminated literal) returns the text unchanged, because a
/// false candidate only costs time while a dropped one would hide a violation. Stateless and thread-safe.
/// </summary>
internal static class CommentAndStringStripper
{
    public static string Strip(string text)
    {
        if (text.Contains("\"\"\"", StringComparison.Ordinal))
        {
            return text;
        }

        char[] c = text.ToCharArray();
        int i = 0;
        while (i < c.Length)
        {
            char ch = c[i];
            char next = i + 1 < c.Length ? c[i + 1] : '\0';
            if (ch == '/' && next == '/')
            {
                while (i < c.Length && c[i] != '\n')
                {
                    c[i++] = ' ';
                }
            }
            else if (ch == '/' && next == '*')
            {
                int end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    return text;
                }

                Blank(c, i, end + 2);
                i = end + 2;
            }
            else if (ch == '\'')
            {
                int end = i + 1;
                while (end < c.Length && c[end] != '\'' && c[end] != '\n')
                {
                    end += c[end] == '\\' ? 2 : 1;
                }

                if (end >= c.Length || c[end] != '\'')
                {
                    return text;
                }

                Blank(c, i + 1, end);
                i = end + 1;
            }
            else if (ch == '"')
            {
                bool verbatim = false, interpolated = false;
                for (int p = i - 1; p >= 0 && p >= i - 2 && c[p] is '@' or '$'; p--)
                {
                    verbatim |= c[p] == '@';
                    interpolated |= c[p] == '$';
                }

                int end = SkipString(c, i + 1, verbatim, interpolated);
                if (end < 0)
                {
                    return text;
                }

                i = end + 1;
            }
            else
            {
                i++;
            }
        }

        return new string(c);
    }

    /// <summary>Blanks a string body starting at <paramref name="i"/>; returns the closing quote's index or -1.</summary>
    private static int SkipString(char[] c, int i, bool verbatim, bool interpolated)
    {
        while (i < c.Length)
        {
            char ch = c[i];
            if (!verbatim && ch == '\\')
            {
                c[i] = ' ';
                if (i + 1 < c.Length && c[i + 1] != '\n')
                {
                    c[i + 1] = ' ';
                }

                i += 2;
            }
            else if (ch == '"')
            {
                if (verbatim && i + 1 < c.Length && c[i + 1] == '"')
                {
                    c[i] = c[i + 1] = ' ';
                    i += 2;
                    continue;
                }

                return i;
            }
            else if (!verbatim && ch == '\n')
            {
                return -1;
            }
            else if (interpolated && ch == '{')
            {
                if (i + 1 < c.Length && c[i + 1] == '{')
                {
                    c[i] = c[i + 1] = ' ';
                    i += 2;
                    continue;
                }

                // Keep the hole as code; give up on nested literals.
                int depth = 1;
                i++;
                while (i < c.Length && depth > 0)
                {
                    if (c[i] is '"' or '\'' || (c[i] == '/' && i + 1 < c.Length && c[i + 1] is '/' or '*'))
                    {
                        return -1;
                    }

                    depth += c[i] == '{' ? 1 : c[i] == '}' ? -1 : 0;
                    i++;
                }
            }
            else
            {
                c[i++] = ' ';
            }
        }

        return -1;
    }

    private static void Blank(char[] c, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (c[k] != '\n')
            {
                c[k] = ' ';
            }
        }
    }
}
