using FluentAssertions;
using Ssot.TestFramework.Users;

namespace Ssot.TestFramework.Core.Tests.Users;

public sealed class TypedIdTests
{
    [Fact]
    public void Parse_ValidValues_RoundTripThroughToString()
    {
        UserId.Parse("usr_abc").ToString().Should().Be("usr_abc");
        ThreadId.Parse("thr_abc").ToString().Should().Be("thr_abc");
        RunId.Parse("run_abc").ToString().Should().Be("run_abc");
        RequestId.Parse("req_abc").ToString().Should().Be("req_abc");
        ConnectionId.Parse("conn_abc").ToString().Should().Be("conn_abc");
    }

    [Fact]
    public void Parse_WrongPrefix_ThrowsFormatExceptionNamingValueAndPrefix()
    {
        Func<UserId> act = () => UserId.Parse("thr_abc");

        act.Should().Throw<FormatException>()
            .Which.Message.Should().Contain("'thr_abc'").And.Contain("'usr_'");
    }

    [Theory]
    [InlineData("conn_")]
    [InlineData("")]
    [InlineData("CONN_abc")]
    public void Parse_ConnectionIdWithoutValidPrefixAndSuffix_ThrowsFormatException(string value)
    {
        Func<ConnectionId> act = () => ConnectionId.Parse(value);

        act.Should().Throw<FormatException>().Which.Message.Should().Contain($"'{value}'").And.Contain("'conn_'");
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNullException()
    {
        Func<RequestId> act = () => RequestId.Parse(null!);

        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Equality_SameValue_IsEqual()
    {
        RunId.Parse("run_x").Should().Be(new RunId("run_x"));
        RunId.Parse("run_x").Should().NotBe(new RunId("run_y"));
    }
}
