using Ssot.TestFramework;

namespace GettingStarted.Tests;

public sealed class GreeterTests(ITestOutputHelper output) : SsotBaseTestCase(output)
{
    [Fact]
    public void Greet_GreetingSetForThisTestOnly_UsesIt()
    {
        Env.Set("GREETER_GREETING", "Bonjour");              // invisible to other tests and to the process
        var clock = Mocks.Create<IClock>();                   // strict; verified when the test ends
        clock.Setup(c => c.Now()).Returns(new DateTime(2025, 1, 1, 9, 0, 0));
        string name = Mocks.Faker().Name.FirstName();         // reproducible: seeded by this test's seed

        using (Measure("greet"))
        {
            Assert.Equal($"Bonjour, {name}! Good morning.", new Greeter(Env.Get, clock.Object).Greet(name));
        }
    }

    [Fact]
    public void Greet_NoGreetingSet_SaysHello()
    {
        Env.Unset("GREETER_GREETING");
        var clock = Mocks.Create<IClock>();
        clock.Setup(c => c.Now()).Returns(new DateTime(2025, 1, 1, 15, 0, 0));
        AddCleanup(() => Output.WriteLine("cleanup ran"));

        Assert.Equal("Hello, Ada! Good day.", new Greeter(Env.Get, clock.Object).Greet("Ada"));
        RecordMetric("greetings", 1, "count").AtMost(1);
    }
}
