namespace ExpectedFailures.Sample;

public sealed class BrokenFixture
{
    public BrokenFixture() => throw new InvalidOperationException("fixture failed");
}
