using FluentAssertions;
using Ssot.TestFramework.Users;
using Formatter = Ssot.TestFramework.Isolation.TypeNameFormatter;

namespace Ssot.TestFramework.Core.Tests.Isolation;

public sealed class TypeNameFormatterTests
{
    [Theory]
    [InlineData(typeof(Dictionary<string, int>), "System.Collections.Generic.Dictionary<String,Int32>")]
    [InlineData(typeof(List<List<int>>), "System.Collections.Generic.List<List<Int32>>")]
    [InlineData(typeof(int[]), "System.Int32[]")]
    [InlineData(typeof(string[,]), "System.String[,]")]
    [InlineData(typeof(Nested), "Ssot.TestFramework.Core.Tests.Isolation.TypeNameFormatterTests+Nested")]
    public void Format_Type_IsQualifiedWithShortGenericArguments(Type type, string expected)
    {
        Formatter.Format(type).Should().Be(expected);
    }

    [Theory]
    [InlineData(typeof(Nested), "nested")]
    [InlineData(typeof(Dictionary<string, int>), "dictionary")]
    [InlineData(typeof(UserContextGenerator), "userContextGenerator")]
    [InlineData(typeof(int[]), "array")]
    public void RootName_Type_IsCamelCaseWithoutArity(Type type, string expected)
    {
        Formatter.RootName(type).Should().Be(expected);
    }

    private sealed class Nested;
}
