using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Ssot.TestFramework.ExpectedFailures.Sdk;

/// <summary>Decides the outcome of an expected-failure test from its settings and the body's exception. Pure; thread-safe.</summary>
internal static class ExpectedFailureEvaluator
{
    private static readonly TimeSpan s_regexTimeout = TimeSpan.FromSeconds(2);
    private static readonly ConditionalWeakTable<ExpectedFailureSettings, Validation> s_validations = new();

    /// <summary>Decides the verdict.</summary>
    /// <param name="settings">The settings that apply.</param>
    /// <param name="bodyException">The exception thrown by the test body; <c>null</c> when it passed.</param>
    /// <param name="today">Today's date (UTC), compared with the deadline.</param>
    /// <param name="strictByDefault">The run-wide default for <see cref="ExpectedFailureSettings.Strict"/>.</param>
    /// <param name="row">A theory row's name (<see cref="ExpectedFailureFormatter.RowName"/>), named by an unexpected pass; <c>null</c> for a fact.</param>
    public static ExpectedFailureVerdict Evaluate(
        ExpectedFailureSettings settings,
        Exception? bodyException,
        DateOnly today,
        bool strictByDefault,
        string? row = null)
    {
        string? problem = Validate(settings, out DateOnly? deadline, out IReadOnlyList<Type> raises);
        if (problem is not null)
        {
            return new(ExpectedFailureVerdictKind.Invalid, problem, settings, bodyException);
        }

        if (bodyException is null)
        {
            return settings.Strict ?? strictByDefault
                ? new(ExpectedFailureVerdictKind.UnexpectedPass, ExpectedFailureFormatter.UnexpectedPass(settings, row), settings, null)
                : new(ExpectedFailureVerdictKind.NonStrictPass, ExpectedFailureFormatter.NonStrictPass(settings), settings, null);
        }

        if (!Matches(settings, raises, bodyException))
        {
            return new(ExpectedFailureVerdictKind.Mismatch, ExpectedFailureFormatter.Mismatch(settings, bodyException), settings, bodyException);
        }

        if (deadline is { } due && today > due)
        {
            return new(ExpectedFailureVerdictKind.Overdue, ExpectedFailureFormatter.Overdue(settings, due, bodyException), settings, bodyException);
        }

        return new(ExpectedFailureVerdictKind.ExpectedFailure, ExpectedFailureFormatter.SkipReason(settings, bodyException), settings, bodyException);
    }

    /// <summary>Checks the settings; returns a message naming the bad value, or <c>null</c> when they are usable.
    /// The answer is kept per settings object (immutable; one per test case), so a test does not load types and build
    /// the regular expression again.</summary>
    public static string? Validate(ExpectedFailureSettings settings, out DateOnly? deadline, out IReadOnlyList<Type> raises)
    {
        Validation validation = s_validations.GetValue(settings, static s => new Validation(ValidateNow(s, out DateOnly? d, out IReadOnlyList<Type> r), d, r));
        deadline = validation.Deadline;
        raises = validation.Raises;
        return validation.Problem;
    }

    private static string? ValidateNow(ExpectedFailureSettings settings, out DateOnly? deadline, out IReadOnlyList<Type> raises)
    {
        deadline = null;
        raises = Array.Empty<Type>();
        if (string.IsNullOrWhiteSpace(settings.Reason))
        {
            return $"[XFAIL INVALID] {settings.Marker} needs a non-empty Reason.";
        }

        if (settings.Deadline is not null)
        {
            if (!TryParseDeadline(settings.Deadline, out DateOnly parsed))
            {
                return $"[XFAIL INVALID] Deadline '{settings.Deadline}' on {settings.Marker} ({ExpectedFailureFormatter.Subject(settings)}) is not an ISO date (yyyy-MM-dd).";
            }

            deadline = parsed;
        }

        var types = new List<Type>();
        foreach (string name in settings.Raises)
        {
            var type = Type.GetType(name, throwOnError: false);
            if (type is null || !typeof(Exception).IsAssignableFrom(type))
            {
                return $"[XFAIL INVALID] Raises type '{name}' on {settings.Marker} could not be loaded or is not an exception type.";
            }

            types.Add(type);
        }

        raises = types;
        if (settings.MessagePattern is not null)
        {
            try
            {
                _ = new Regex(settings.MessagePattern, RegexOptions.None, s_regexTimeout);
            }
            catch (ArgumentException ex)
            {
                return $"[XFAIL INVALID] MessagePattern '{settings.MessagePattern}' on {settings.Marker} is not a valid regular expression: {ex.Message}";
            }
        }

        return null;
    }

    /// <summary>Parses an ISO calendar date (<c>yyyy-MM-dd</c>).</summary>
    public static bool TryParseDeadline(string? value, out DateOnly deadline) =>
        DateOnly.TryParseExact(value?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out deadline);

    /// <summary>Whether the exception is one of <paramref name="raises"/> (subclasses match; empty: any) and matches the pattern.</summary>
    public static bool Matches(ExpectedFailureSettings settings, IReadOnlyList<Type> raises, Exception exception)
    {
        if (raises.Count > 0 && !raises.Any(t => t.IsInstanceOfType(exception)))
        {
            return false;
        }

        return settings.MessagePattern is null
            || Regex.IsMatch(exception.Message ?? string.Empty, settings.MessagePattern, RegexOptions.None, s_regexTimeout);
    }

    private sealed record Validation(string? Problem, DateOnly? Deadline, IReadOnlyList<Type> Raises);
}
