namespace Ssot.TestFramework.Tests;

/// <summary>An output helper that wraps another, as a team's logging adapter does (not xUnit's <c>TestOutputHelper</c>).</summary>
public sealed class WrappingOutput(ITestOutputHelper inner) : ITestOutputHelper
{
    public void WriteLine(string message) => inner.WriteLine("[wrapped] " + message);

    public void WriteLine(string format, params object[] args) => inner.WriteLine("[wrapped] " + format, args);
}
