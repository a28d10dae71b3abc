namespace GettingStarted.Tests;

/// <summary>
/// The code under test. It reads its settings through a plain <c>Func&lt;string, string?&gt;</c> (production passes
/// <see cref="Environment.GetEnvironmentVariable(string)"/>, a test passes its overlay's <c>Env.Get</c>) and its clock
/// through <see cref="IClock"/>, so it never references the test kit.
/// </summary>
public sealed class Greeter(Func<string, string?> environment, IClock clock)
{
    public Greeter(IClock clock)
        : this(Environment.GetEnvironmentVariable, clock)
    {
    }

    public string Greet(string name)
    {
        string greeting = environment("GREETER_GREETING") ?? "Hello";
        string part = clock.Now().Hour < 12 ? "morning" : "day";
        return $"{greeting}, {name}! Good {part}.";
    }
}

public interface IClock
{
    DateTime Now();
}
