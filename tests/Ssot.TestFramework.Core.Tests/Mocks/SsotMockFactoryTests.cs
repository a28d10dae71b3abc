using System.Net.WebSockets;
using Bogus;
using FluentAssertions;
using Moq;
using Ssot.TestFramework.Mocks;
using Ssot.TestFramework.WebSockets;

namespace Ssot.TestFramework.Core.Tests.Mocks;

public sealed class SsotMockFactoryTests
{
    public interface IClock
    {
        public DateTime Now();
    }

    public sealed class Customer
    {
        public string Name { get; set; } = "";

        public string Email { get; set; } = "";

        public DateTime Joined { get; set; }
    }

    private static Faker<Customer> Customers(SsotMockFactory factory) => factory.Fake<Customer>()
        .RuleFor(c => c.Name, f => f.Name.FullName())
        .RuleFor(c => c.Email, f => f.Internet.Email())
        .RuleFor(c => c.Joined, f => f.Date.Past());

    [Fact]
    public void Fake_SameSeed_SameData()
    {
        List<Customer> first = Customers(new SsotMockFactory(17)).Generate(5);
        List<Customer> second = Customers(new SsotMockFactory(17)).Generate(5);

        second.Should().BeEquivalentTo(first, o => o.WithStrictOrdering());
    }

    [Fact]
    public void Fake_OtherSeed_OtherData()
    {
        List<Customer> first = Customers(new SsotMockFactory(17)).Generate(5);
        List<Customer> second = Customers(new SsotMockFactory(18)).Generate(5);

        second.Select(c => c.Email).Should().NotEqual(first.Select(c => c.Email));
    }

    [Fact]
    public void Fake_DatesInThePast_AreRelativeToTheFixedReferenceDate()
    {
        List<Customer> customers = Customers(new SsotMockFactory(3)).Generate(20);

        customers.Should().OnlyContain(c => c.Joined <= SsotMockFactory.ReferenceDate && c.Joined >= SsotMockFactory.ReferenceDate.AddYears(-1));
    }

    [Fact]
    public void Faker_SecondCallOfOneFactory_GetsItsOwnStream()
    {
        var factory = new SsotMockFactory(5);
        string a = factory.Faker().Random.Hash();
        string b = factory.Faker().Random.Hash();

        a.Should().NotBe(b);
        new SsotMockFactory(5).Faker().Random.Hash().Should().Be(a);
    }

    [Fact]
    public void Create_CallWithoutSetup_ThrowsBecauseMocksAreStrict()
    {
        Mock<IClock> clock = new SsotMockFactory(1).Create<IClock>();

        Action call = () => clock.Object.Now();

        call.Should().Throw<MockException>();
    }
}

public sealed class SsotMockFactoryUserAndSocketTests
{
    [Fact]
    public void CreateUserContexts_SameSeed_SameContexts()
    {
        new SsotMockFactory(9).CreateUserContexts(5).Should().Equal(new SsotMockFactory(9).CreateUserContexts(5));
    }

    [Fact]
    public void CreateUserContexts_OtherSeed_OtherContexts()
    {
        new SsotMockFactory(9).CreateUserContext().Should().NotBe(new SsotMockFactory(10).CreateUserContext());
    }

    [Fact]
    public async Task CreateWebSocketPair_TextFromServer_ArrivesAtClient()
    {
        await using InMemoryWebSocketPair pair = new SsotMockFactory(1).CreateWebSocketPair();
        await pair.Server.SendAsync("hi"u8.ToArray(), System.Net.WebSockets.WebSocketMessageType.Text, true, CancellationToken.None);

        byte[] buffer = new byte[16];
        WebSocketReceiveResult result = await pair.Client.ReceiveAsync(buffer, CancellationToken.None);

        System.Text.Encoding.UTF8.GetString(buffer, 0, result.Count).Should().Be("hi");
    }
}
