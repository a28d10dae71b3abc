using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Ssot.TestFramework.ExpectedFailures.Sdk;

/// <summary>
/// Everything xUnit hands to the runner of one test (one theory row) and, with the runner's bus and aggregator, to its
/// invoker: the argument list of <c>XunitTestCaseRunner.CreateTestRunner</c>, in one place.
/// </summary>
/// <remarks>Immutable; the arrays and objects it holds are xUnit's, shared with xUnit as xUnit shares them.</remarks>
internal sealed record ExpectedFailureRun(
    ITest Test,
    IMessageBus MessageBus,
    Type TestClass,
    object[] ConstructorArguments,
    MethodInfo TestMethod,
    object[] TestMethodArguments,
    string SkipReason,
    IReadOnlyList<BeforeAfterTestAttribute> BeforeAfterAttributes,
    ExceptionAggregator Aggregator,
    CancellationTokenSource CancellationTokenSource);
