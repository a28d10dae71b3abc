using System.Text.RegularExpressions;

namespace Ssot.TestFramework.Packaging.Tests;

/// <summary>One action of a walk-through page: write a file, delete a file, or run a <c>dotnet</c> command.</summary>
/// <param name="Step">The number of the <c>## N.</c> section it is in.</param>
/// <param name="Kind">What to do.</param>
/// <param name="Target">The relative file path, or the command line.</param>
/// <param name="Text">The file's content (for <see cref="WalkthroughActionKind.Write"/>).</param>
internal sealed record WalkthroughAction(int Step, WalkthroughActionKind Kind, string Target, string Text);

/// <summary>The kinds of <see cref="WalkthroughAction"/>.</summary>
internal enum WalkthroughActionKind
{
    Write,
    Delete,
    Run,
}

/// <summary>
/// Reads the executable parts of a walk-through page such as <c>docs/getting-started.md</c>: fenced blocks whose info
/// string is <c>file=PATH</c> (write the block as that file), <c>delete=PATH</c> (delete it) or <c>run</c> (each line is
/// a <c>dotnet</c> command without quotes), in page order, each tagged with its <c>## N.</c> section.
/// </summary>
/// <remarks>Stateless and thread-safe. Anything it cannot execute literally is a <see cref="FormatException"/> naming the line.</remarks>
internal static partial class WalkthroughDocument
{
    /// <summary>Parses the page.</summary>
    /// <param name="name">The page's name, for messages.</param>
    /// <param name="markdown">Its text.</param>
    /// <returns>The actions in page order.</returns>
    /// <exception cref="FormatException">A tagged block is outside a numbered section, unclosed, or a run line is not a plain dotnet command.</exception>
    public static IReadOnlyList<WalkthroughAction> Parse(string name, string markdown)
    {
        var actions = new List<WalkthroughAction>();
        string[] lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        int step = 0;
        for (int i = 0; i < lines.Length; i++)
        {
            Match heading = Heading().Match(lines[i]);
            if (heading.Success)
            {
                step = int.Parse(heading.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                continue;
            }

            Match fence = Fence().Match(lines[i]);
            if (!fence.Success)
            {
                continue;
            }

            int start = i;
            int end = Array.FindIndex(lines, i + 1, l => l.TrimEnd() == "```");
            if (end < 0)
            {
                throw new FormatException($"{name}:{start + 1}: code block is not closed; close it with ```.");
            }

            string info = fence.Groups[1].Value.Trim();
            string[] body = lines[(start + 1)..end];
            i = end;
            string[] tags = info.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            string? tag = tags.Skip(1).FirstOrDefault(t => t == "run" || t.StartsWith("file=", StringComparison.Ordinal) || t.StartsWith("delete=", StringComparison.Ordinal));
            if (tag is null)
            {
                continue;
            }

            if (step == 0)
            {
                throw new FormatException($"{name}:{start + 1}: '{info}' block is before the first '## N.' section; put it in a numbered step.");
            }

            if (tag == "run")
            {
                for (int j = 0; j < body.Length; j++)
                {
                    string command = body[j].Trim();
                    if (command.Length == 0)
                    {
                        continue;
                    }

                    if (!command.StartsWith("dotnet ", StringComparison.Ordinal) || command.IndexOfAny(['"', '\'', '$', '|', '&', ';', '>', '<', '#', '`']) >= 0)
                    {
                        throw new FormatException($"{name}:{start + 2 + j}: '{command}' is not a plain dotnet command; a 'run' block holds only 'dotnet ...' lines without quotes, variables or shell operators.");
                    }

                    actions.Add(new WalkthroughAction(step, WalkthroughActionKind.Run, command, string.Empty));
                }
            }
            else if (tag.StartsWith("file=", StringComparison.Ordinal))
            {
                actions.Add(new WalkthroughAction(step, WalkthroughActionKind.Write, RelativePath(name, start, tag["file=".Length..]), string.Join('\n', body) + "\n"));
            }
            else
            {
                actions.Add(new WalkthroughAction(step, WalkthroughActionKind.Delete, RelativePath(name, start, tag["delete=".Length..]), string.Empty));
            }
        }

        return actions;
    }

    private static string RelativePath(string name, int line, string path) =>
        path.Length == 0 || Path.IsPathRooted(path) || path.Split('/').Contains("..")
            ? throw new FormatException($"{name}:{line + 1}: '{path}' must be a relative path inside the walk-through folder (no '..').")
            : path;

    [GeneratedRegex(@"^## (\d+)\.")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^```(\S.*)$")]
    private static partial Regex Fence();
}
