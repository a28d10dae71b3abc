using System.Text;
using System.Text.RegularExpressions;

namespace Ssot.TestFramework.Compliance.Rules;

/// <summary>
/// Matches forward-slash relative paths against globs: <c>**</c> any folders, <c>*</c> any characters but <c>/</c>,
/// <c>?</c> one character. Case-insensitive. A glob without <c>/</c> matches the file name in any folder.
/// </summary>
internal sealed class FileGlob
{
    private readonly Regex _regex;

    public FileGlob(string pattern)
    {
        string p = pattern.Replace('\\', '/').TrimStart('/');
        if (p.StartsWith("./", StringComparison.Ordinal))
        {
            p = p[2..];
        }

        if (!p.Contains('/', StringComparison.Ordinal))
        {
            p = "**/" + p;
        }

        var sb = new StringBuilder("^");
        for (int i = 0; i < p.Length; i++)
        {
            char c = p[i];
            if (c == '*' && i + 1 < p.Length && p[i + 1] == '*')
            {
                bool slashAfter = i + 2 < p.Length && p[i + 2] == '/';
                sb.Append(slashAfter ? "(?:.*/)?" : ".*");
                i += slashAfter ? 2 : 1;
            }
            else if (c == '*')
            {
                sb.Append("[^/]*");
            }
            else if (c == '?')
            {
                sb.Append("[^/]");
            }
            else
            {
                sb.Append(Regex.Escape(c.ToString()));
            }
        }

        sb.Append('$');
        _regex = new Regex(sb.ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    public bool IsMatch(string relativePath) => _regex.IsMatch(relativePath);
}
