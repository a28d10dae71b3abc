using Ssot.TestFramework.ExpectedFailures.Sdk;
using Ssot.TestFramework.Sdk;

namespace Ssot.TestFramework.ExpectedFailures;

/// <summary>
/// The imperative form of an expected failure, for code that decides at run time (e.g. a baseline of known violations).
/// </summary>
/// <remarks>
/// Works inside tests marked <see cref="SsotFactAttribute"/>, <see cref="SsotTheoryAttribute"/>,
/// <see cref="ExpectedToFailFactAttribute"/> or <see cref="ExpectedToFailTheoryAttribute"/>. The declaration belongs to
/// the calling test only (ambient per test flow; parallel tests never see each other's) and applies to failures of the
/// test body thrown after it; the latest declaration wins over the attribute's settings. Thread-safe.
/// </remarks>
public static class ExpectedFailure
{
    /// <summary>Gets a value indicating whether the calling code runs inside a test body that can declare expected failures.</summary>
    public static bool IsAvailable => ExpectedFailureContext.Current is not null;

    /// <summary>Declares that the rest of the running test is expected to fail until remediated.</summary>
    /// <param name="reason">Why it is expected to fail (required).</param>
    /// <param name="issue">The tracking reference, e.g. <c>#1066</c>.</param>
    /// <param name="raises">The accepted exception types (subclasses match); <c>null</c> or empty: any.</param>
    /// <param name="messagePattern">A regular expression the exception message must match; <c>null</c>: any.</param>
    /// <param name="strict">Whether an unexpected pass fails; <c>null</c>: the run-wide default (<c>SSOT_XFAIL_STRICT</c>, else <c>true</c>).</param>
    /// <param name="deadline">An ISO date (<c>yyyy-MM-dd</c>) after which the expected failure is reported Failed as overdue.</param>
    /// <param name="detailsPath">The report that lists everything the failure is about (e.g. <c>import-compliance.md</c>);
    /// the skip reason lists the exception message's lines after the first up to 20 and points to this file for the rest.
    /// <c>null</c> (default): it points to the test output.</param>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is empty, or a type in <paramref name="raises"/> is not an exception type.</exception>
    /// <exception cref="InvalidOperationException">Called outside a test marked with one of the kit's attributes.</exception>
    public static void Declare(
        string reason,
        string? issue = null,
        Type[]? raises = null,
        string? messagePattern = null,
        bool? strict = null,
        string? deadline = null,
        string? detailsPath = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        foreach (Type type in raises ?? [])
        {
            if (type is null || !typeof(Exception).IsAssignableFrom(type))
            {
                throw new ArgumentException($"'{type?.FullName ?? "null"}' is not an exception type.", nameof(raises));
            }
        }

        ExpectedFailureContext context = ExpectedFailureContext.Current ?? throw new InvalidOperationException(
            "ExpectedFailure.Declare can only be called from inside a test body marked [SsotFact], [SsotTheory], "
            + "[ExpectedToFailFact] or [ExpectedToFailTheory] (namespace Ssot.TestFramework); replace [Fact]/[Theory] with [SsotFact]/[SsotTheory].");
        context.Declare(new ExpectedFailureSettings
        {
            Reason = reason,
            Issue = issue,
            Strict = strict,
            Raises = ExpectedFailureSettings.ToTypeNames(raises),
            MessagePattern = messagePattern,
            Deadline = deadline,
            DetailsPath = detailsPath,
            Marker = "the ExpectedFailure.Declare call",
        });
    }
}
