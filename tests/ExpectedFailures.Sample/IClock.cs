namespace ExpectedFailures.Sample;

public interface IClock
{
    public DateTime Now();
}
