using Ssot.TestFramework;

namespace IdentityWrapper.Sample;

/// <summary>A team's logging adapter: wraps xUnit's helper, so the kit cannot read the running test from it.</summary>
public sealed class LoggingOutput(ITestOutputHelper inner) : ITestOutputHelper
{
    public void WriteLine(string message) => inner.WriteLine("[log] " + message);

    public void WriteLine(string format, params object[] args) => inner.WriteLine("[log] " + format, args);
}

/// <summary>Every kind of test with the wrapping helper; each prints the identity it was given, one line.</summary>
public sealed class WrappedCases(ITestOutputHelper output) : SsotBaseTestCase(new LoggingOutput(output))
{
    [Fact]
    public void PlainFact() => Print();

    [Fact]
    public void OtherPlainFact() => Print();

    [SsotFact]
    public void KitFact() => Print();

    [SsotTheory]
    [InlineData(1)]
    [InlineData(2)]
    public void KitTheory(int row)
    {
        _ = row;
        Print();
    }

    private void Print() => Output.WriteLine($"[identity] {Identity.ClassName}|{Identity.MethodName}|{Identity.DisplayName}|{Seed}");
}
