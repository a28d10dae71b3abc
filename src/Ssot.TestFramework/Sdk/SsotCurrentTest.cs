using Xunit.Abstractions;

namespace Ssot.TestFramework.Sdk;

/// <summary>
/// The xUnit test running on the current flow, set before its test class is constructed: by the kit's own test runner
/// (<c>[SsotFact]</c>, <c>[SsotTheory]</c>, <c>[ExpectedToFail*]</c>, the suites' <c>[SsotComplianceFact]</c>) right after
/// <see cref="ITestStarting"/> is sent, and by <see cref="SsotTestFramework"/>'s message bus for every other test when
/// <see cref="ITestStarting"/> passes through it. <see cref="SsotBaseTestCase"/> reads it in its constructor.
/// </summary>
/// <remarks>An <see cref="AsyncLocal{T}"/>: it flows into the test's constructor and body and never leaks to a test
/// running in parallel; a test runner's async method restores its caller's value when it returns. Thread-safe.</remarks>
internal static class SsotCurrentTest
{
    private static readonly AsyncLocal<ITest?> s_test = new();

    /// <summary>Gets or sets the running test; <see langword="null"/> when no runner of the kit set it.</summary>
    public static ITest? Value
    {
        get => s_test.Value;
        set => s_test.Value = value;
    }
}
