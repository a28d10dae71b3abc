using System.Globalization;

namespace Ssot.TestFramework.Sdk;

/// <summary>Builds the texts shown for expected failures. Pure functions; thread-safe.</summary>
internal static class ExpectedFailureFormatter
{
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

    public static string SkipReason(ExpectedFailureSettings settings, Exception exception) =>
        $"[XFAIL] {Subject(settings)} — {Describe(exception)}";

    public static string NotRun(ExpectedFailureSettings settings) => $"[XFAIL NOTRUN] {Subject(settings)}";

    public static string UnexpectedPass(ExpectedFailureSettings settings) =>
        $"[XPASS] {settings.Reason}: passed unexpectedly: the violation is remediated; remove {settings.Marker} — tracked by {IssueOrNone(settings)}";

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

    private static string IssueOrNone(ExpectedFailureSettings settings) =>
        string.IsNullOrWhiteSpace(settings.Issue) ? "(no issue given)" : settings.Issue;
}
