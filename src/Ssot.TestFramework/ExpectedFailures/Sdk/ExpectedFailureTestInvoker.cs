using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Ssot.TestFramework.ExpectedFailures.Sdk;

/// <summary>
/// Invokes the test body and captures only the body's own exception; decides the expected-failure verdict.
/// Constructor, fixture, BeforeAfter, timeout and dispose failures never pass through here and stay real failures.
/// </summary>
internal sealed class ExpectedFailureTestInvoker : XunitTestInvoker
{
    private readonly ExpectedFailureTestState _state;
    private Exception? _bodyException;

    public ExpectedFailureTestInvoker(ExpectedFailureRun run, ExpectedFailureTestState state)
        : base(run.Test, run.MessageBus, run.TestClass, run.ConstructorArguments, run.TestMethod, run.TestMethodArguments, run.BeforeAfterAttributes, run.Aggregator, run.CancellationTokenSource)
    {
        _state = state;
    }

    protected override async Task<decimal> InvokeTestMethodAsync(object testClassInstance)
    {
        var context = new ExpectedFailureContext();
        ExpectedFailureContext? previous = ExpectedFailureContext.Current;
        ExpectedFailureContext.Current = context;
        decimal elapsed;
        try
        {
            elapsed = await base.InvokeTestMethodAsync(testClassInstance).ConfigureAwait(false);
        }
        finally
        {
            ExpectedFailureContext.Current = previous;
        }

        Exception? bodyException = Volatile.Read(ref _bodyException);
        if (bodyException is SsotSkipException skip && !Aggregator.HasExceptions)
        {
            // Skipped at run time by the body: reported Skipped with its reason, never Passed.
            _state.DynamicSkipReason = skip.Message;
            return elapsed;
        }

        ExpectedFailureSettings? settings = _state.IgnoreMarkers ? null : context.Declared ?? _state.Settings;

        // A timeout or an invocation problem is already in the aggregator: a real failure, never inverted.
        if (settings is null || Aggregator.HasExceptions)
        {
            if (bodyException is not null)
            {
                Aggregator.Add(bodyException);
            }

            return elapsed;
        }

        ExpectedFailureVerdict verdict = ExpectedFailureEvaluator.Evaluate(
            settings,
            bodyException,
            DateOnly.FromDateTime(DateTime.UtcNow),
            ExpectedFailureEnvironment.StrictByDefault,
            TestMethodArguments.Length == 0 ? null : ExpectedFailureFormatter.RowName(Test.DisplayName, TestMethodArguments));
        _state.Verdict = verdict;
        switch (verdict.Kind)
        {
            case ExpectedFailureVerdictKind.ExpectedFailure:
            case ExpectedFailureVerdictKind.NonStrictPass:
                break;
            case ExpectedFailureVerdictKind.Mismatch:
                Aggregator.Add(bodyException!);
                break;
            default:
                Aggregator.Add(new ExpectedFailures.ExpectedFailureViolationException(verdict.Message, bodyException));
                break;
        }

        return elapsed;
    }

    protected override object CallTestMethod(object testClassInstance)
    {
        object result;
        try
        {
            // What xUnit's CallTestMethod does, with the body's exception thrown as it is: no TargetInvocationException
            // is created and thrown a second time for every expected failure.
            result = TestMethod.Invoke(testClassInstance, BindingFlags.DoNotWrapExceptions, binder: null, TestMethodArguments, culture: null)!;
        }
        catch (Exception ex)
        {
            Volatile.Write(ref _bodyException, ex);
            return null!;
        }

        Task? task = result switch
        {
            Task t => t,
            ValueTask vt => vt.AsTask(),
            not null when result.GetType().IsGenericType && result.GetType().GetGenericTypeDefinition() == typeof(ValueTask<>)
                => (Task?)result.GetType().GetMethod(nameof(ValueTask<int>.AsTask))!.Invoke(result, null),
            _ => null,
        };

        // Unstarted tasks are returned as they are so xunit reports them as it always does.
        return task is null || task.Status == TaskStatus.Created ? result! : ObserveAsync(task);
    }

    private async Task ObserveAsync(Task task)
    {
        try
        {
            await task.ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            Volatile.Write(ref _bodyException, ex);
        }
    }
}
