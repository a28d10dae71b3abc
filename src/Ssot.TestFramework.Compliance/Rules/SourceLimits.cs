using System.Globalization;

namespace Ssot.TestFramework.Compliance.Rules;

/// <summary>
/// The one place that says how large and how deeply nested a source file the engine analyses may be, and how much
/// stack the parser and the analysis get. A file beyond a limit is one diagnostic naming it; the scan of the others
/// goes on. Documented in <c>docs/import-rules.md</c> ("What the scan reads").
/// </summary>
internal static class SourceLimits
{
    /// <summary>The largest source file analysed: 16 MB. Larger files are never read.</summary>
    public const long MaxFileBytes = 16L * 1024 * 1024;

    /// <summary>
    /// The deepest bracket nesting (<c>(</c>, <c>[</c>, <c>{</c> outside comments and literals) analysed: 1,000 levels.
    /// Roslyn's parser recurses without a guard on some nested brackets and overflows the stack long before it reports
    /// CS8078, so such a file is never parsed.
    /// </summary>
    public const int MaxNesting = 1000;

    /// <summary>
    /// The stack of the threads that parse: 16 MB, a fixed size so that Roslyn's own guard (CS8078, "too long or
    /// complex") triggers at the same depth whichever thread parses.
    /// </summary>
    public const int ParseStackBytes = 16 * 1024 * 1024;

    /// <summary>
    /// The stack of the threads that bind and analyse: 256 MB (reserved, committed only as used), 16 times the parse
    /// stack, so whatever the parser accepted can be bound; deeper still ends in <see cref="InsufficientExecutionStackException"/>.
    /// </summary>
    public const int AnalysisStackBytes = 256 * 1024 * 1024;

    /// <summary>The diagnostic of a file over <see cref="MaxFileBytes"/>.</summary>
    public static string TooLarge(long bytes) => string.Create(CultureInfo.InvariantCulture,
        $"larger than {MaxFileBytes / (1024 * 1024)} MB ({bytes:N0} bytes), so it was not analysed and the check is incomplete; split the file or exclude it in the registry (\"exclude\").");

    /// <summary>The diagnostic of a file nested deeper than the engine can analyse.</summary>
    public static string TooDeep(string why) =>
        $"too deeply nested to analyse ({why}), so it was not analysed and the check is incomplete; flatten the code or exclude the file in the registry (\"exclude\").";

    /// <summary>The <see cref="TooDeep"/> reason for bracket nesting over <see cref="MaxNesting"/>.</summary>
    public static string NestingReason => string.Create(CultureInfo.InvariantCulture, $"more than {MaxNesting:N0} nested brackets");

    /// <summary>
    /// Whether <paramref name="text"/> nests <c>(</c>, <c>[</c> and <c>{</c> deeper than <see cref="MaxNesting"/>,
    /// skipping comments, string and character literals. Iterative and linear.
    /// </summary>
    public static bool IsTooDeep(ReadOnlySpan<char> text)
    {
        int depth = 0;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            char next = i + 1 < text.Length ? text[i + 1] : '\0';
            if (c == '/' && next == '/')
            {
                int end = text[i..].IndexOf('\n');
                i = end < 0 ? text.Length : i + end + 1;
            }
            else if (c == '/' && next == '*')
            {
                int end = text[(i + 2)..].IndexOf("*/");
                i = end < 0 ? text.Length : i + 2 + end + 2;
            }
            else if (c == '"')
            {
                i = SkipString(text, i);
            }
            else if (c == '\'')
            {
                i++;
                while (i < text.Length && text[i] != '\'' && text[i] != '\n')
                {
                    i += text[i] == '\\' ? 2 : 1;
                }

                i++;
            }
            else
            {
                if (c is '(' or '[' or '{')
                {
                    if (++depth > MaxNesting)
                    {
                        return true;
                    }
                }
                else if (c is ')' or ']' or '}')
                {
                    depth = Math.Max(0, depth - 1);
                }

                i++;
            }
        }

        return false;
    }

    /// <summary>Returns the index after the string literal whose opening quote is at <paramref name="start"/>.</summary>
    private static int SkipString(ReadOnlySpan<char> text, int start)
    {
        int quotes = 0;
        while (start + quotes < text.Length && text[start + quotes] == '"')
        {
            quotes++;
        }

        if (quotes >= 3)
        {
            // Raw string literal: ends at the next run of as many quotes.
            int end = text[(start + quotes)..].IndexOf(new string('"', quotes));
            return end < 0 ? text.Length : start + quotes + end + quotes;
        }

        if (quotes == 2)
        {
            return start + 2;
        }

        bool verbatim = false;
        for (int p = start - 1; p >= 0 && p >= start - 2 && text[p] is '@' or '$'; p--)
        {
            verbatim |= text[p] == '@';
        }

        int i = start + 1;
        while (i < text.Length)
        {
            char c = text[i];
            if (!verbatim && c == '\\')
            {
                i += 2;
            }
            else if (c == '"')
            {
                if (verbatim && i + 1 < text.Length && text[i + 1] == '"')
                {
                    i += 2;
                    continue;
                }

                return i + 1;
            }
            else if (!verbatim && c == '\n')
            {
                return i + 1;
            }
            else
            {
                i++;
            }
        }

        return text.Length;
    }
}
