using Ssot.TestFramework.Environments;

namespace GettingStarted.Tests;

/// <summary>The code under test: it reads its settings through an IEnvironmentReader and its clock through IClock.</summary>
public sealed class Greeter(IEnvironmentReader environment, IClock clock)
{
    public string Greet(string name)
    {
        string greeting = environment.GetEnvironmentVariable("GREETER_GREETING") ?? "Hello";
        string part = clock.Now().Hour < 12 ? "morning" : "day";
        return $"{greeting}, {name}! Good {part}.";
    }
}

public interface IClock
{
    DateTime Now();
}
