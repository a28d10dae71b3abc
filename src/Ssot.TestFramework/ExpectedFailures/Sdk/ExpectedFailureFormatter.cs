using System.Globalization;
using Ssot.TestFramework.Common;

namespace Ssot.TestFramework.ExpectedFailures.Sdk;

/// <summary>Builds the texts shown for expected failures. Pure functions; thread-safe.</summary>
internal static class ExpectedFailureFormatter
{
    /// <summary>How many lines of an exception message after its first line a skip reason lists.</summary>
    public const int MaxDetailLines = 20;

    /// <summary>Where a cut skip reason without a details report points: the backlog keeps the whole exception message.</summary>
    public const string FullMessageInBacklog = "exceptionMessage in expected-failures.json";

    public static string FirstLine(string? message)
    {
        if (string.IsNullOrEmpty(message))
        {
            return string.Empty;
        }

        int end = message.IndexOfAny(['\r', '\n']);
        return (end < 0 ? message : message[..end]).Trim();
    }

    public static string Describe(Exception exception) =>
        $"{exception.GetType().FullName}: {FirstLine(exception.Message)}";

    public static string Subject(ExpectedFailureSettings settings) =>
        string.IsNullOrWhiteSpace(settings.Issue) ? settings.Reason : $"{settings.Reason} ({settings.Issue})";

    /// <summary>The skip reason: the subject, the exception's first line, then up to <see cref="MaxDetailLines"/> further
    /// lines of its message (e.g. the pending violations) and "… and N more (see …)" for the rest.</summary>
    public static string SkipReason(ExpectedFailureSettings settings, Exception exception) =>
        $"[XFAIL] {Subject(settings)} — {Describe(exception)}{Details(exception.Message, settings.DetailsPath)}";

    /// <summary>
    /// The lines of <paramref name="message"/> after its first (blank ones dropped), each on its own line, at most
    /// <see cref="MaxDetailLines"/>; the rest is counted and points to <paramref name="detailsPath"/>, else to
    /// <see cref="FullMessageInBacklog"/>. Empty when the message has one line.
    /// </summary>
    public static string Details(string? message, string? detailsPath)
    {
        if (string.IsNullOrEmpty(message))
        {
            return string.Empty;
        }

        string[] lines = message.Split('\n').Skip(1).Select(l => l.TrimEnd('\r').TrimEnd()).Where(l => l.Length > 0).ToArray();
        if (lines.Length == 0)
        {
            return string.Empty;
        }

        IEnumerable<string> shown = lines.Take(MaxDetailLines);
        if (lines.Length > MaxDetailLines)
        {
            string where = string.IsNullOrWhiteSpace(detailsPath) ? FullMessageInBacklog : detailsPath;
            shown = shown.Append($"  … and {lines.Length - MaxDetailLines} more (see {where})");
        }

        return Environment.NewLine + string.Join(Environment.NewLine, shown);
    }

    /// <summary>The kit's own lines of a test's output (<c>[ssot] …</c>: seed, scan summary, report paths, baseline
    /// notices), each on its own line after a line break, for a skip reason; empty when there are none. The line saying
    /// a run report could not be written stays out: report I/O never changes what a test reports.</summary>
    public static string KitLines(string? output)
    {
        if (string.IsNullOrEmpty(output))
        {
            return string.Empty;
        }

        string[] lines = output.Split('\n').Select(l => l.TrimEnd('\r').TrimEnd()).Where(l => l.StartsWith("[ssot] ", StringComparison.Ordinal) && !l.StartsWith(Common.ReportWriteDiagnostics.Prefix, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToArray();
        return lines.Length == 0 ? string.Empty : Environment.NewLine + string.Join(Environment.NewLine, lines);
    }

    /// <summary>Names a theory row for messages: the parenthesised arguments of its display name (<c>(value: 2)</c>),
    /// else its arguments as C# literals.</summary>
    public static string RowName(string displayName, IEnumerable<object?> arguments)
    {
        int open = displayName.IndexOf('(', StringComparison.Ordinal);
        return open >= 0 && displayName.EndsWith(')') ? displayName[(open + 1)..^1] : RowArguments(arguments);
    }

    /// <summary>Whether <see cref="Details"/> cuts this message (more than <see cref="MaxDetailLines"/> lines after the first).</summary>
    public static bool IsCut(string? message) =>
        message is not null && message.Split('\n').Skip(1).Count(l => l.Trim().Length > 0) > MaxDetailLines;

    /// <summary>The full exception message, for the output of a test reported Skipped (the reason may be cut).</summary>
    public static string SkippedOutput(Exception exception) =>
        $"[XFAIL] the test body failed as expected with {exception.GetType().FullName}: {exception.Message}";

    public static string NotRun(ExpectedFailureSettings settings) => $"[XFAIL NOTRUN] {Subject(settings)}";

    /// <summary>The failure message of a strict unexpected pass.</summary>
    /// <param name="settings">The settings that applied.</param>
    /// <param name="row">The row's name (<see cref="RowName"/>, e.g. <c>value: 2</c>) when a row of an
    /// <c>[ExpectedToFailTheory]</c> passed; <see langword="null"/> for a fact, a marked row or a declaration.</param>
    public static string UnexpectedPass(ExpectedFailureSettings settings, string? row = null) =>
        row is null || settings.Marker != ExpectedFailureSettings.TheoryMarker
            ? $"[XPASS] {settings.Reason}: passed unexpectedly: the violation is remediated; remove {settings.Marker} — tracked by {IssueOrNone(settings)}"
            : $"[XPASS] {settings.Reason}: row ({row}) passed unexpectedly: this row is remediated. Do not remove {settings.Marker} while other rows still fail: "
              + $"replace it with [SsotTheory] and mark each row that still fails with [ExpectedToFailRow(\"{settings.Reason}\", <its arguments>{IssueArgument(settings)})] — tracked by {IssueOrNone(settings)}";

    /// <summary>A theory row's arguments as C# literals, for the advice to mark rows.</summary>
    public static string RowArguments(IEnumerable<object?> arguments) =>
        string.Join(", ", arguments.Select(Literal));

    private static string Literal(object? value) => value switch
    {
        null => "null",
        string s => "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"",
        char c => $"'{c}'",
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "null",
    };

    private static string IssueArgument(ExpectedFailureSettings settings) =>
        string.IsNullOrWhiteSpace(settings.Issue) ? string.Empty : $", Issue = \"{settings.Issue}\"";

    public static string NonStrictPass(ExpectedFailureSettings settings) =>
        $"[XPASS non-strict] {settings.Reason}: passed unexpectedly (not strict, so reported Passed): the violation looks remediated; remove {settings.Marker} — tracked by {IssueOrNone(settings)}";

    public static string Overdue(ExpectedFailureSettings settings, DateOnly deadline, Exception exception) =>
        $"[XFAIL OVERDUE] {Subject(settings)}: remediation overdue since {deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}; still failing with {Describe(exception)}";

    public static string Mismatch(ExpectedFailureSettings settings, Exception exception) =>
        $"[XFAIL MISMATCH] {Subject(settings)}: expected {Expectation(settings)}, but the test failed with {Describe(exception)}";

    public static string Expectation(ExpectedFailureSettings settings)
    {
        string types = settings.Raises.Count == 0
            ? "an exception"
            : "an exception of type " + string.Join(" or ", settings.Raises.Select(ShortTypeName));
        return settings.MessagePattern is null ? types : $"{types} whose message matches /{settings.MessagePattern}/";
    }

    private static string ShortTypeName(string assemblyQualifiedName)
    {
        int comma = assemblyQualifiedName.IndexOf(',', StringComparison.Ordinal);
        return comma < 0 ? assemblyQualifiedName : assemblyQualifiedName[..comma];
    }

    /// <summary>The run-summary line naming the backlog report (sent once per run, <see cref="RunNotices"/>).</summary>
    public static string BacklogNotice(string markdownPath) =>
        $"[ssot] expected failures of this run (the backlog): {markdownPath} (and .json beside it)";

    /// <summary>The "This run" cell of an entry kept from an earlier run.</summary>
    public const string NotRunThisTime = "not run this time";

    /// <summary>The line at the top of <c>expected-failures.md</c> that says whether this run was partial.</summary>
    /// <param name="assembly">The test assembly.</param>
    /// <param name="kept">How many entries of earlier runs were kept because their tests did not run.</param>
    /// <param name="unreadable">Why the earlier report could not be read, if it could not.</param>
    public static string RunNote(string? assembly, int kept, string? unreadable)
    {
        string who = assembly is null ? "this run" : $"{assembly}";
        string note = kept > 0
            ? $"**Partial run** of {who}: {kept} entr{(kept == 1 ? "y" : "ies")} of earlier runs did not run this time (e.g. `--filter`); they are kept below, marked \"{NotRunThisTime}\"."
            : $"Run of {who}: every test listed by earlier runs ran this time (entries are merged by test across runs of this assembly).";
        return unreadable is null ? note : $"{note} The earlier report could not be read and was replaced ({unreadable}).";
    }

    private static string IssueOrNone(ExpectedFailureSettings settings) =>
        string.IsNullOrWhiteSpace(settings.Issue) ? "(no issue given)" : settings.Issue;
}
