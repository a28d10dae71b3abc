namespace Ssot.TestFramework.Common;

/// <summary>The one Markdown escaper of the kit's reports (the import, metrics and expected-failure reports).</summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class MarkdownText
{
    /// <summary>Makes text safe inside one table cell or one line: <c>|</c> is escaped, line breaks become spaces.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The escaped text.</returns>
    public static string Escape(string text) =>
        text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
