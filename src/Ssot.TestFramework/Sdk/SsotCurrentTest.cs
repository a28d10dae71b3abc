using Xunit.Abstractions;

namespace Ssot.TestFramework.Sdk;

/// <summary>
/// The test running on the current flow, set by <see cref="CurrentTestBus"/> when the test's <c>ITestStarting</c>
/// passes through it, which xUnit does on the test's own flow before it constructs the test class. The kit's own test
/// runner (<c>[SsotFact]</c>, <c>[SsotTheory]</c>, <c>[ExpectedToFail*]</c>, the suites' <c>[SsotComplianceFact]</c>) and
/// <see cref="SsotTestFramework"/>'s assembly bus (every other test) both send their messages through one.
/// <see cref="SsotBaseTestCase"/> reads it in its constructor.
/// </summary>
/// <remarks>An <see cref="AsyncLocal{T}"/>: it flows into the test's constructor and body and never leaks to a test
/// running in parallel; a test runner's async method restores its caller's value when it returns. Thread-safe.</remarks>
internal static class SsotCurrentTest
{
    private static readonly AsyncLocal<SsotRunningTest?> s_test = new();

    /// <summary>Gets or sets the running test; <see langword="null"/> when no bus of the kit saw it start.</summary>
    public static SsotRunningTest? Value
    {
        get => s_test.Value;
        set => s_test.Value = value;
    }

    /// <summary>The output of <paramref name="test"/>'s result with the test's failure line
    /// (<see cref="SsotRunningTest.ShowOnFailure"/>) first, when <paramref name="test"/> runs on this flow and has one not
    /// yet taken; otherwise <see langword="null"/>. Takes the line: it is shown once.</summary>
    /// <param name="test">The test whose result is being reported.</param>
    /// <param name="output">The result's output.</param>
    public static string? OutputWithFailureLine(ITest test, string? output) =>
        s_test.Value is { } running && ReferenceEquals(running.Test, test) && running.TakeFailureLine() is { } line
            ? line + Environment.NewLine + output
            : null;

    /// <summary>The running test when it belongs to <paramref name="className"/> (a test started on this flow by
    /// another runner must not lend its identity or its output to an unrelated class); otherwise <see langword="null"/>.</summary>
    /// <param name="className">The full name of the class being constructed.</param>
    public static SsotRunningTest? Of(string className) =>
        s_test.Value is { } running && SsotTestIdentityResolver.IsOf(running.Test, className) ? running : null;
}
