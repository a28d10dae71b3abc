namespace ExpectedFailures.Sample;

public interface IClock
{
    DateTime Now();
}
