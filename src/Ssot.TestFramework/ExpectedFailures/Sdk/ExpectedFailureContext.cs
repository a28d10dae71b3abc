namespace Ssot.TestFramework.ExpectedFailures.Sdk;

/// <summary>
/// The ambient state of the running test body, set by <see cref="ExpectedFailureTestInvoker"/> right before the
/// body is invoked (an <see cref="AsyncLocal{T}"/>, so it flows into the body and never leaks between parallel tests).
/// </summary>
internal sealed class ExpectedFailureContext
{
    private static readonly AsyncLocal<ExpectedFailureContext?> s_current = new();

    private ExpectedFailureSettings? _declared;

    public static ExpectedFailureContext? Current
    {
        get => s_current.Value;
        set => s_current.Value = value;
    }

    /// <summary>Gets the settings of the latest <c>ExpectedFailure.Declare</c> call, if any.</summary>
    public ExpectedFailureSettings? Declared => Volatile.Read(ref _declared);

    public void Declare(ExpectedFailureSettings settings) => Volatile.Write(ref _declared, settings);
}
